import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createImage, createStory } from '../support/fixtures'
import { bootPayload } from '../support/harness'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const anonymousCanSee = async (id: string | number) =>
  (await payload.find({ collection: 'articles', overrideAccess: false, where: { id: { equals: id } } })).totalDocs === 1

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, not before', async () => {
    const image = await createImage(payload, 'scheduled')
    const story = await createStory(payload, { title: 'Embargoed until noon', status: 'draft', heroImage: image.id })
    const publishAt = new Date(Date.now() + 60_000)

    // What the admin's "Schedule Publish" queues.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: story.id } },
      waitUntil: publishAt,
    })

    await payload.jobs.run()
    expect(await anonymousCanSee(story.id)).toBe(false)

    // The embargo passes.
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })
    await payload.update({ collection: 'payload-jobs', id: docs[0].id, data: { waitUntil: new Date(Date.now() - 1_000).toISOString() } })
    await payload.jobs.run()

    expect(await anonymousCanSee(story.id)).toBe(true)
    const published = await payload.findByID({ collection: 'articles', id: story.id })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })
})
