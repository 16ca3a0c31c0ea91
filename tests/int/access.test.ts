import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STORY_BODY_GRANT } from '@/collections/access/storyBodyReaders'
import type { User } from '@/payload-types'
import { paragraphNode, paragraphTexts, richTextDocument, uploadNode } from '@/reader/richText'

import { createImage, createStory, testSection } from '../support/fixtures'
import { bootPayload } from '../support/harness'

let payload: Payload
let cleanup: () => Promise<void>
let metered: { id: string | number; slug: string }
let free: { id: string | number }
let draft: { id: string | number; slug: string }
let staffUser: User

const anonymous = { overrideAccess: false } as const

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const image = await createImage(payload, 'access')
  metered = await createStory(payload, { title: 'Metered story', status: 'published', paragraphs: ['Opening.', 'Secret middle.'], heroImage: image.id })
  free = await createStory(payload, { title: 'Free story', status: 'published', freeToRead: true, heroImage: image.id })
  draft = await createStory(payload, { title: 'Unpublished scoop', status: 'draft', heroImage: image.id })
  const speaker = await payload.create({ collection: 'people', data: { name: 'A Speaker', slug: 'a-speaker' } })
  await payload.create({ collection: 'quotes', data: { text: 'Published words.', speaker: speaker.id, article: metered.id as number } })
  await payload.create({ collection: 'quotes', data: { text: 'Words from the draft.', speaker: speaker.id, article: draft.id as number } })
  await payload.create({ collection: 'quotes', data: { text: 'Words from a free story.', speaker: speaker.id, article: free.id as number } })
  staffUser = await payload.create({ collection: 'users', data: { email: 'journalist@newsroom.test', password: 'a-long-password', name: 'Jo Journalist', role: 'journalist' } })
})
afterAll(async () => cleanup?.())

describe('what anonymous readers can get from Payload', () => {
  it('lists published stories only, never drafts', async () => {
    const { docs } = await payload.find({ collection: 'articles', ...anonymous })
    expect(docs.map((doc) => doc.title).sort()).toEqual(['Free story', 'Metered story'])
  })

  it('does not return a draft even when drafts are asked for', async () => {
    const { docs } = await payload.find({ collection: 'articles', ...anonymous, draft: true, where: { slug: { equals: draft.slug } } })
    expect(docs).toHaveLength(0)
    await expect(payload.findByID({ collection: 'articles', id: draft.id, ...anonymous })).rejects.toThrow(/not found/i)
  })

  it('withholds the body of a metered story, but not its headline', async () => {
    const story = await payload.findByID({ collection: 'articles', id: metered.id, ...anonymous })
    expect(story.title).toBe('Metered story')
    expect(story.body).toBeUndefined()
  })

  it('serves the body of a story marked free to read', async () => {
    const story = await payload.findByID({ collection: 'articles', id: free.id, ...anonymous })
    expect(paragraphTexts(story.body)).toEqual(['Body of Free story.'])
  })

  it('gives the body to the reader site only with its explicit grant', async () => {
    const story = await payload.findByID({ collection: 'articles', id: metered.id, ...anonymous, context: { [STORY_BODY_GRANT]: true } })
    expect(paragraphTexts(story.body)).toEqual(['Opening.', 'Secret middle.'])
  })

  it('cannot search or sort by the withheld text (no yes/no oracle on it)', async () => {
    await expect(payload.find({ collection: 'articles', ...anonymous, where: { body: { like: 'Secret' } } })).rejects.toThrow(
      /cannot be queried: body/,
    )
    await expect(payload.find({ collection: 'articles', ...anonymous, sort: 'body' })).rejects.toThrow(/cannot be queried: body/)
  })

  it('lets the story page read its own story’s text but not an editor pick’s', async () => {
    const image = await createImage(payload, 'picks')
    const pick = await createStory(payload, { title: 'Picked story', status: 'published', paragraphs: ['Text of the picked story.'], heroImage: image.id })
    await payload.update({ collection: 'articles', id: metered.id, data: { related: [pick.id as number] } })
    const { findStoryBySlug } = await import('@/reader/queries/stories')
    const story = await findStoryBySlug(metered.slug)
    expect(paragraphTexts(story?.body)).toEqual(['Opening.', 'Secret middle.'])
    expect(story?.related).toEqual([expect.objectContaining({ title: 'Picked story' })])
    expect(JSON.stringify(story)).not.toContain('Text of the picked story.')
  })

  it('hides the quotes of a story that is not published, and those of a metered story from API callers', async () => {
    const { docs } = await payload.find({ collection: 'quotes', ...anonymous })
    expect(docs.map((quote) => quote.text)).toEqual(['Words from a free story.'])
    // The reader site's own rendering, once the paywall has decided, gets the published story's quotes.
    const granted = await payload.find({ collection: 'quotes', ...anonymous, context: { [STORY_BODY_GRANT]: true } })
    expect(granted.docs.map((quote) => quote.text).sort()).toEqual(['Published words.', 'Words from a free story.'])
  })

  it('cannot read staff accounts', async () => {
    await expect(payload.find({ collection: 'users', ...anonymous })).rejects.toThrow(/not allowed/i)
  })

  it('cannot create or change stories', async () => {
    await expect(
      payload.update({ collection: 'articles', id: metered.id, data: { title: 'Defaced' }, ...anonymous }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'articles',
        ...anonymous,
        data: { title: 'Planted', slug: 'planted', dek: 'Planted.', section: await testSection(payload), body: richTextDocument([paragraphNode('Planted.')]) },
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('what staff can do', () => {
  it('sees drafts and bodies', async () => {
    const story = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, overrideAccess: false, user: staffUser })
    expect(story.title).toBe('Unpublished scoop')
    expect(paragraphTexts(story.body)).toEqual(['Body of Unpublished scoop.'])
  })

  it('makes the first staff account an admin and later ones journalists', async () => {
    expect(staffUser.role).toBe('admin')
    const second = await payload.create({ collection: 'users', data: { email: 'second@newsroom.test', password: 'a-long-password', name: 'Second', role: 'journalist' } })
    expect(second.role).toBe('journalist')
    await expect(
      payload.update({ collection: 'users', id: second.id, data: { role: 'admin' }, overrideAccess: false, user: second }),
    ).resolves.toMatchObject({ role: 'journalist' })
  })

  it('gets a "Staff" byline without an author, and the author’s name with one', async () => {
    const withoutAuthor = await payload.findByID({ collection: 'articles', id: metered.id })
    expect(withoutAuthor.byline).toBe('Staff')
    const withAuthor = await payload.update({ collection: 'articles', id: metered.id, data: { authors: [staffUser.id as number] } })
    expect(withAuthor.byline).toBe('Jo Journalist')
  })

  it('stamps the publication date on first publish', async () => {
    const published = await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    expect(Date.parse(published.publishedAt!)).toBeGreaterThan(Date.now() - 60_000)
  })
})

describe('images, as readers get them', () => {
  const readerSees = async (id: string | number) =>
    (await payload.find({ collection: 'media', ...anonymous, where: { id: { equals: id } } })).totalDocs === 1

  it('keeps an image hidden, alt text and caption included, until a story using it is published', async () => {
    const image = await createImage(payload, 'scoop-photo')
    const inBody = await createImage(payload, 'scoop-inline')
    const story = await createStory(payload, { title: 'Scoop with photos', status: 'draft', heroImage: image.id })
    await payload.update({
      collection: 'articles',
      id: story.id,
      draft: true,
      data: { body: richTextDocument([paragraphNode('Text.'), uploadNode(inBody.id)]) },
    })
    expect(await readerSees(image.id)).toBe(false)
    expect(await readerSees(inBody.id)).toBe(false)

    await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
    expect(await readerSees(image.id)).toBe(true)
    expect(await readerSees(inBody.id)).toBe(true)
  })

  it("shows a person's photo, since people are public", async () => {
    const portrait = await createImage(payload, 'portrait')
    expect(await readerSees(portrait.id)).toBe(false)
    await payload.create({ collection: 'people', data: { name: 'Pictured Person', slug: 'pictured-person', photo: portrait.id } })
    expect(await readerSees(portrait.id)).toBe(true)
  })

  it('tells the journalist when a published story’s images cannot be shown, instead of hiding them silently', async () => {
    const image = await createImage(payload, 'unsaveable')
    // An image that no longer passes validation (its required alt text lost): showing it cannot be saved.
    await payload.db.updateOne({ collection: 'media', id: image.id, data: { alt: '' }, req: {} as never })
    const story = await createStory(payload, { title: 'Story with an unsaveable photo', status: 'draft', heroImage: image.id })
    await expect(payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })).rejects.toThrow(
      `Could not show images ${image.id} to readers`,
    )
    expect(await readerSees(image.id)).toBe(false)

    // Mended, the next publish shows it.
    await payload.db.updateOne({ collection: 'media', id: image.id, data: { alt: 'Mended alt text' }, req: {} as never })
    await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
    expect(await readerSees(image.id)).toBe(true)
  })

  it('cannot be made visible by staff by hand, only by publishing', async () => {
    const image = await createImage(payload, 'forced')
    const updated = await payload.update({ collection: 'media', id: image.id, data: { visibleToReaders: true }, overrideAccess: false, user: staffUser })
    expect(updated.visibleToReaders).toBe(false)
  })
})
