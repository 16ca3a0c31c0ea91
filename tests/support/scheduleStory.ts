/**
 * Test fixture, run by tests/support/server.ts after the seed: a draft story whose
 * publication is scheduled a few seconds ahead, queued exactly as the admin's
 * "Schedule Publish" queues it. The server's job runner must publish it.
 */
import nextEnv from '@next/env'

import { SCHEDULED_STORY } from './scheduledStory'

nextEnv.loadEnvConfig(process.cwd())

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { richTextFromParagraphs } = await import('@/story/richText')

const payload = await getPayload({ config })
const story = await payload.create({
  collection: 'articles',
  draft: false,
  data: {
    title: SCHEDULED_STORY.title,
    slug: SCHEDULED_STORY.slug,
    dek: 'Published by the job runner, not by a person.',
    section: 'Test',
    body: richTextFromParagraphs(['This story was scheduled.']),
    _status: 'draft',
  },
})
await payload.jobs.queue({
  task: 'schedulePublish',
  input: { type: 'publish', doc: { relationTo: 'articles', value: story.id } },
  waitUntil: new Date(Date.now() + SCHEDULED_STORY.dueInMs),
})
process.exit(0)
