import { redirectsPlugin } from '@payloadcms/plugin-redirects'

import { anyone } from '@/collections/access/anyone'
import { editors } from '@/collections/access/editors'
import { purgeReaderPagesAfterChange, purgeReaderPagesAfterDelete } from '@/collections/hooks/purgeReaderPages'

// A story whose slug changes keeps its old URL, which the proxy follows (see redirectOldSlug.ts).
export const redirects = redirectsPlugin({
  collections: ['articles'],
  overrides: {
    admin: { group: 'Reference', description: 'Old addresses and where they lead. Made for you when a published story’s slug changes.' },
    access: { read: anyone, create: editors, update: editors, delete: editors },
    hooks: { afterChange: [purgeReaderPagesAfterChange], afterDelete: [purgeReaderPagesAfterDelete] },
  },
})
