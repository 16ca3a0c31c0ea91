import { createLocalReq, type Payload } from 'payload'
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

  it('is cancelled only by staff who may publish the story, as the admin cancels it', async () => {
    const image = await createImage(payload, 'scheduled-cancel')
    const story = await createStory(payload, { title: 'Embargoed story an editor scheduled', status: 'draft', heroImage: image.id })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: story.id } },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    const job = (await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: story.id } } })).docs.at(-1)!
    const staffMember = async (role: string) => {
      const user = await payload.create({ collection: 'users', data: { email: `${role}-schedule@newsroom.test`, password: 'a-long-password', name: role, role } as never })
      return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    }
    // What Payload's schedulePublishHandler does with the admin's deleteID: a delete with access overridden.
    const cancelAs = async (role: string) =>
      payload.delete({ collection: 'payload-jobs', req: await staffMember(role), where: { and: [{ id: { equals: job.id } }, { taskSlug: { equals: 'schedulePublish' } }] } })

    // The first staff account is made an admin; the roles under test come after it.
    await staffMember('admin')
    const byContributor = await cancelAs('contributor')
    expect(byContributor.errors.length).toBe(1)
    expect(byContributor.docs).toEqual([])
    expect(await payload.findByID({ collection: 'payload-jobs', id: job.id })).toMatchObject({ id: job.id })

    const byEditor = await cancelAs('editor')
    expect(byEditor.errors).toEqual([])
    await expect(payload.findByID({ collection: 'payload-jobs', id: job.id })).rejects.toThrow()
  })
})
