/**
 * Test fixtures for the page and browser tests, run by tests/support/server.ts after
 * the seed: the "Test" section the tests file their stories under, and (with
 * SCHEDULE_STORY=1) a draft story whose publication is scheduled a few seconds
 * ahead, queued exactly as the admin's "Schedule Publish" queues it, for the server's
 * job runner to publish.
 */
import { loadEnvFiles } from '@/lib/platform/envFiles'

import { SCHEDULED_STORY, TEST_SECTION } from './scheduledStory'

loadEnvFiles()

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { richTextFromParagraphs } = await import('@/reader/richText')

const payload = await getPayload({ config })
const section = await payload.create({ collection: 'sections', data: TEST_SECTION })

if (process.env.SCHEDULE_STORY === '1') {
  const story = await payload.create({
    collection: 'articles',
    draft: false,
    data: {
      title: SCHEDULED_STORY.title,
      slug: SCHEDULED_STORY.slug,
      dek: 'Published by the job runner, not by a person.',
      section: section.id,
      body: richTextFromParagraphs(['This story was scheduled.']),
      _status: 'draft',
    },
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: story.id } },
    waitUntil: new Date(Date.now() + SCHEDULED_STORY.dueInMs),
  })
}
process.exit(0)
