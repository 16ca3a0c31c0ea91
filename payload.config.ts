import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { admins } from './collections/access/admins'
import { Articles } from './collections/Articles'
import { Countries } from './collections/Countries'
import { Media } from './collections/Media'
import { NewsroomNumbers } from './collections/NewsroomNumbers'
import { People } from './collections/People'
import { Quotes } from './collections/Quotes'
import { Readers } from './collections/Readers'
import { redirects } from './collections/Redirects/index'
import { shareOverrides } from './collections/Articles/shareOverrides'
import { Sections } from './collections/Sections'
import { Users } from './collections/Users'
import { PaywallSettings } from './collections/globals/PaywallSettings'
import { SiteSettings } from './collections/globals/SiteSettings'
import { databaseAdapter } from './lib/platform/databaseAdapter'
import { emailAdapter } from './lib/platform/emailAdapter'
import { serverEnv } from './lib/platform/env'
import { mediaStoragePlugin } from './lib/platform/mediaStorage'
import { guardScheduledPublishCancellation } from './collections/plugins/scheduledPublishCancellation'
import { staffOnlyLocks } from './collections/plugins/staffOnlyLocks'
import { stopAbandonedWork } from './lib/api/abandonedWork'
import { wellFormedIds } from './lib/api/wellFormedIds'
import { validationErrorDetails } from './lib/api/validationErrorDetails'
import { publicErrorMessages } from './lib/api/publicErrorMessages'
import { importStoryEndpoints } from './newsroom/importEndpoints'
import { statsEndpoints } from './newsroom/statsApi'
import { searchIndex } from './reader/search/searchIndex'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))
const env = serverEnv()

export default buildConfig({
  serverURL: env.SITE_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Gravatar cannot be reached from a closed network; the default avatar always renders.
    avatar: 'default',
    meta: { titleSuffix: ' · Newsroom admin' },
    importMap: { baseDir: projectRoot },
    components: {
      beforeDashboard: ['@/newsroom/admin/Dashboard#NewsroomDashboard', '@/newsroom/admin/NumbersDashboard#NumbersDashboard'],
      views: { importStory: { Component: '@/newsroom/admin/ImportStoryView#ImportStoryView', path: '/import-story' } },
    },
  },
  collections: [Articles, Quotes, People, Countries, Sections, Media, Users, Readers, NewsroomNumbers],
  globals: [SiteSettings, PaywallSettings],
  editor: lexicalEditor(),
  db: databaseAdapter({ uri: env.DATABASE_URI, projectRoot }),
  email: emailAdapter(env),
  jobs: {
    // By default any signed-in user, readers included, could start the runner over HTTP.
    access: { run: admins },
    // Publishes scheduled stories inside the server process; instrumentation.ts starts it.
    autoRun: [{ cron: env.JOBS_CRON, queue: 'default', limit: 20 }],
  },
  sharp,
  // Booting Payload in a test must never rewrite a source file (MongoDB would switch ids to strings).
  typescript: { outputFile: path.join(projectRoot, 'payload-types.ts'), autoGenerate: false },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Depth is judged before Payload runs a query (app/(payload)/api/graphql/route.ts): Payload would 500.
    maxComplexity: 1000,
  },
  telemetry: false,
  logger: { options: { level: env.LOG_LEVEL } },
  plugins: [redirects, shareOverrides, searchIndex, mediaStoragePlugin(env.S3)],
  endpoints: [...importStoryEndpoints, ...statsEndpoints],
  hooks: { afterError: [validationErrorDetails, publicErrorMessages] },
})
  .then(staffOnlyLocks)
  .then(guardScheduledPublishCancellation)
  .then(wellFormedIds)
  .then(stopAbandonedWork)
