/**
 * The MongoDB data migrations (migrations/mongodb/) on a seeded site whose documents are first put
 * back as they were stored before each migration: each must do what SQLite's does. Against
 * CongoDB, the in-process imitation (../support/mongoHarness.ts), as tests/int/mongodb.test.ts.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { Types } from 'mongoose'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { READER_REGISTRATION } from '@/collections/Readers/constants'
import type { Article, Country, Reader } from '@/payload-types'
import { slugify } from '@/lib/slugify'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { seed } from '@/seed/index'

import { createImage, createStory } from '../support/fixtures'
import { bootMongoPayload } from '../support/mongoHarness'

let payload: Payload
let cleanup: () => Promise<void>

const anonymous = { overrideAccess: false } as const

beforeAll(async () => {
  process.env.NEWSROOM_DEMO = 'false'
  ;({ payload, cleanup } = await bootMongoPayload())
  await seed(payload)
  // A journalist with a story of their own: what the authors and staff-slug migrations act on.
  const journalist = await payload.create({
    collection: 'users',
    data: { email: 'journalist@newsroom.test', password: 'a-long-password', name: 'Jo Journalist', role: 'journalist' },
  })
  const story = await createStory(payload, { title: 'Mongo authored story', status: 'draft', heroImage: (await createImage(payload, 'mongo-migrations')).id })
  await payload.update({ collection: 'articles', id: story.id, data: { authors: [journalist.id], _status: 'published' } })
})
afterAll(async () => cleanup?.())

describe('the MongoDB migrations', () => {
  let authoredStory: Article
  let mainStoryId: string
  let oldReader: Reader
  let bolivia: Country
  const anImage = async () => (await payload.find({ collection: 'media', depth: 0, limit: 1, overrideAccess: true })).docs[0]
  const readerSees = async (id: string | number) =>
    (await payload.find({ collection: 'media', ...anonymous, where: { id: { equals: id } } })).totalDocs

  beforeAll(async () => {
    const adapter = payload.db as unknown as MongooseAdapter
    // Documents as they were stored before each migration: an image without the visibility
    // flag, and the paywall settings with the opening's old field name.
    await adapter.collections.media.updateOne({ _id: (await anImage()).id }, { $unset: { visibleToReaders: 1 } })
    await adapter.globals.collection.updateOne(
      { globalType: 'paywall-settings' },
      { $set: { previewParagraphs: 4 }, $unset: { openingParagraphs: 1 } },
    )
    // A story, and its versions, with their one author in the old `author` field.
    authoredStory = (await payload.find({ collection: 'articles', where: { authors: { exists: true } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
    const authorId = new Types.ObjectId(String((authoredStory.authors as unknown as string[])[0]))
    await adapter.collections.articles.collection.updateOne({ _id: new Types.ObjectId(String(authoredStory.id)) }, { $set: { author: authorId }, $unset: { authors: 1 } })
    await adapter.versions.articles.collection.updateMany({ parent: new Types.ObjectId(String(authoredStory.id)) }, { $set: { 'version.author': authorId }, $unset: { 'version.authors': 1 } })
    // Sections as they were typed: the main story under a name that is now a section, its versions under one that is not.
    mainStoryId = String((await payload.find({ collection: 'articles', where: { slug: { equals: MAIN_STORY_SLUG } }, depth: 0, limit: 1 })).docs[0].id)
    await adapter.collections.articles.collection.updateOne({ _id: new Types.ObjectId(mainStoryId) }, { $set: { section: 'Latin America' } })
    await adapter.versions.articles.collection.updateMany({ parent: new Types.ObjectId(mainStoryId) }, { $set: { 'version.section': 'Old Desk' } })
    // A reader from before confirmation links: no confirmation date.
    oldReader = await payload.create({
      collection: 'readers',
      data: { name: 'Old Reader', email: 'old-reader@example.com', password: 'correct horse battery', subscription: { plan: 'free', status: 'none' } },
      overrideAccess: true,
      context: { [READER_REGISTRATION]: true },
    })
    await adapter.collections.readers.collection.updateOne({ _id: new Types.ObjectId(String(oldReader.id)) }, { $unset: { emailVerifiedAt: 1 } })
    // A staff account from before author pages: no slug.
    await adapter.collections.users.collection.updateOne({ email: 'journalist@newsroom.test' }, { $unset: { slug: 1 } })
    expect(await readerSees((await anImage()).id)).toBe(0)
    // Countries from before every country: Bolivia as an editor renamed it, without the lists; no Peru.
    const countries = adapter.collections.countries.collection
    await countries.updateOne({ isoCode: 'BO' }, { $set: { name: 'Bolivia (Plurinational State)' }, $unset: { demonyms: 1, otherNames: 1 } })
    await countries.deleteOne({ isoCode: 'PE' })
    bolivia = (await payload.find({ collection: 'countries', where: { isoCode: { equals: 'BO' } }, depth: 0, limit: 1 })).docs[0]

    const { mongoMigrations } = await import('@/migrations/mongodb')
    await payload.db.migrate({ migrations: mongoMigrations as unknown as Migration[] })
  })

  it('give staff from before author pages a slug from their name, as SQLite’s does', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'journalist@newsroom.test' } }, depth: 0, overrideAccess: true })
    expect(docs[0].slug).toBe(slugify(docs[0].name))
  })

  it('keep images uploaded before the visibility rule readable, as SQLite’s backfill does', async () => {
    expect(await readerSees((await anImage()).id)).toBe(1)
  })

  it('make a story’s one author the first of its authors, in the story and its versions, as SQLite’s does', async () => {
    const story = await payload.findByID({ collection: 'articles', id: authoredStory.id, depth: 0, overrideAccess: true })
    expect(story.authors).toEqual(authoredStory.authors)
    const { docs: versions } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: authoredStory.id } }, depth: 0, overrideAccess: true })
    expect(versions.length).toBeGreaterThan(0)
    for (const version of versions) expect(version.version.authors).toEqual(authoredStory.authors)
  })

  it('file the stories and versions under the editors’ sections, making a section of a name not yet one, as SQLite’s do', async () => {
    const section = async (name: string) => (await payload.find({ collection: 'sections', where: { name: { equals: name } }, depth: 0 })).docs
    const [latinAmerica] = await section('Latin America')
    const oldDesk = await section('Old Desk')
    expect(oldDesk).toHaveLength(1)
    expect(oldDesk[0].slug).toBe('old-desk')
    expect((await payload.findByID({ collection: 'articles', id: mainStoryId, depth: 0 })).section).toBe(latinAmerica.id)
    const { docs: versions } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: mainStoryId } }, depth: 0, overrideAccess: true })
    for (const version of versions) expect(version.version.section).toBe(oldDesk[0].id)
  })

  it('count the address of a reader from before confirmation links as confirmed since their account was made, as SQLite’s does', async () => {
    const reader = await payload.findByID({ collection: 'readers', id: oldReader.id, depth: 0, overrideAccess: true })
    expect(reader.emailVerifiedAt).toBe(oldReader.createdAt)
  })

  it('add every country missing and keep the editors’ own, giving them the new lists, as SQLite’s does', async () => {
    const byCode = async (isoCode: string) => (await payload.find({ collection: 'countries', where: { isoCode: { equals: isoCode } }, depth: 0 })).docs
    const [boliviaNow] = await byCode('BO')
    expect(boliviaNow).toMatchObject({ id: bolivia.id, name: 'Bolivia (Plurinational State)', slug: bolivia.slug, region: 'Latin America' })
    expect(boliviaNow.demonyms?.map((demonym) => demonym.name)).toEqual(['Bolivian'])
    const peru = await byCode('PE')
    expect(peru).toHaveLength(1)
    expect(peru[0]).toMatchObject({ name: 'Peru', slug: 'peru', region: 'Latin America', demonyms: [{ name: 'Peruvian' }] })
    expect((await payload.count({ collection: 'countries' })).totalDocs).toBeGreaterThanOrEqual(249)
  })

  it('keep the editors’ opening length when its setting is renamed, as SQLite’s column rename does', async () => {
    const settings = await payload.findGlobal({ slug: 'paywall-settings', overrideAccess: true })
    expect(settings.openingParagraphs).toBe(4)
  })
})
