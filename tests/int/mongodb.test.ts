/**
 * The product's own code on the MongoDB adapter (production's database), against
 * CongoDB, an in-process imitation of a MongoDB server (see ./mongoHarness.ts).
 *
 * Catches what differs between the adapters: ids are ObjectId strings (not SQLite's
 * numbers), Payload builds Mongo queries from our `where`s and access constraints (a
 * constraint on a relation's field, like the quotes' `article._status`, becomes a
 * sub-query and an `$in`), population and drafts go through other code paths.
 *
 * Does NOT prove: unique indexes (CongoDB does not enforce them), transactions
 * (CongoDB does not roll back, and a standalone server makes Payload run without
 * them), or collation-dependent sorting. Those need a real MongoDB replica set.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STORY_BODY_GRANT } from '@/collections/access/storyBodyReaders'
import type { Article, Country, Media, Person, Quote, User } from '@/payload-types'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { loadSeedStory, seed, SEED_TARGETS, type SeedSummary } from '@/seed/index'
import { paragraphTexts } from '@/reader/richText'

import { createImage, createStory } from '../support/fixtures'
import { bootMongoPayload } from '../support/mongoHarness'

const OBJECT_ID = /^[0-9a-f]{24}$/

let payload: Payload
let cleanup: () => Promise<void>
let firstRun: SeedSummary
let secondRun: SeedSummary
let countsAfterFirstRun: Record<string, number>
let countsAfterSecondRun: Record<string, number>
let queries: typeof import('@/reader/queries/stories') & typeof import('@/reader/queries/settings')

const anonymous = { overrideAccess: false } as const

/** How many documents each collection holds, and how many article versions. */
async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const { slug } of payload.config.collections) {
    result[slug] = (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs
  }
  result['articles versions'] = (await payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs
  return result
}

beforeAll(async () => {
  process.env.NEWSROOM_DEMO = 'false'
  ;({ payload, cleanup } = await bootMongoPayload())
  firstRun = await seed(payload)
  countsAfterFirstRun = await counts()
  secondRun = await seed(payload)
  countsAfterSecondRun = await counts()
  // The reader-site queries get their own Payload (default key) on the same DATABASE_URI.
  queries = { ...(await import('@/reader/queries/stories')), ...(await import('@/reader/queries/settings')) }
})
afterAll(async () => cleanup?.())

const objectIdOf = (relation: unknown): string => {
  expect(relation, 'populated relation').toBeTypeOf('object')
  const { id } = relation as { id: unknown }
  expect(id).toMatch(OBJECT_ID)
  return id as string
}

describe('the seed on MongoDB', () => {
  it('runs on the MongoDB adapter, without transactions (CongoDB is a standalone server)', () => {
    expect(payload.db.name).toBe('mongoose')
    // Payload turns transactions off when the server is not a replica set: nothing here
    // exercises them (production's docker-compose runs a replica set, so it does).
    expect((payload.db as unknown as MongooseAdapter).connection.getClient().options.replicaSet).toBeUndefined()
  })

  it('creates the content on the first run and nothing on the second', () => {
    for (const target of SEED_TARGETS.filter((target) => target !== 'users')) {
      expect(firstRun[target].created, target).toBeGreaterThan(0)
      expect(secondRun[target], target).toEqual({ created: 0, unchanged: firstRun[target].created })
    }
    expect(countsAfterSecondRun).toEqual(countsAfterFirstRun)
    expect(countsAfterFirstRun.quotes).toBe(5)
  })

  it('stores ObjectId strings as ids and relations', async () => {
    const { docs } = await payload.find({ collection: 'articles', depth: 0, pagination: false })
    expect(docs).toHaveLength(firstRun.articles.created)
    for (const article of docs) {
      expect(article.id, article.slug).toMatch(OBJECT_ID)
      expect(article.heroImage, article.slug).toMatch(OBJECT_ID)
      for (const id of [...(article.people ?? []), ...(article.countries ?? [])]) expect(id).toMatch(OBJECT_ID)
    }
    const { docs: quotes } = await payload.find({ collection: 'quotes', depth: 0, pagination: false })
    for (const quote of quotes) {
      expect(quote.id).toMatch(OBJECT_ID)
      expect(quote.article).toMatch(OBJECT_ID)
      expect(quote.speaker).toMatch(OBJECT_ID)
    }
  })
})

describe('the reader-site queries (reader/queries/) on MongoDB', () => {
  it('finds the main story with its 13 paragraphs, hero image, 7 countries and 5 people populated', async () => {
    const story = await queries.findStoryBySlug(MAIN_STORY_SLUG)
    expect(story).not.toBeNull()
    expect(story!.id).toMatch(OBJECT_ID)
    expect(paragraphTexts(story!.body)).toEqual(loadSeedStory().paragraphs)
    expect(paragraphTexts(story!.body)).toHaveLength(13)

    // The photo inside the body is an upload node, populated by id through the rich-text field.
    const uploads = story!.body.root.children.filter((node) => node.type === 'upload')
    expect(uploads).toHaveLength(1)
    expect((uploads[0].value as unknown as Media).mimeType).toBe('image/png')
    objectIdOf(uploads[0].value)

    const hero = story!.heroImage as Media
    objectIdOf(hero)
    expect(hero.url).toBeTruthy()
    expect(hero.alt.trim()).not.toBe('')

    const countries = (story!.countries ?? []) as Country[]
    const people = (story!.people ?? []) as Person[]
    expect(countries).toHaveLength(7)
    expect(people).toHaveLength(5)
    for (const country of countries) {
      objectIdOf(country)
      expect(country.isoCode).toMatch(/^[A-Z]{2}$/)
    }
    for (const person of people) {
      objectIdOf(person)
      expect(person.name).toBeTruthy()
    }
  })

  it('gives the paywall the story id as a string and its metering', async () => {
    const facts = await queries.findStoryFacts(MAIN_STORY_SLUG)
    const story = await queries.findStoryBySlug(MAIN_STORY_SLUG)
    expect(facts).toEqual({ id: story!.id, freeToRead: false })
    expect(facts!.id).toMatch(OBJECT_ID)
  })

  it('finds the five quotes of the story, speakers and their countries populated', async () => {
    const story = await queries.findStoryBySlug(MAIN_STORY_SLUG)
    const quotes = await queries.findQuotesOfStory(story!.id)
    expect(quotes).toHaveLength(5)
    for (const quote of quotes) {
      const speaker = quote.speaker as Person
      objectIdOf(speaker)
      expect(speaker.name).toBeTruthy()
      objectIdOf(speaker.country)
      expect((speaker.country as Country).name).toBeTruthy()
    }
  })

  it('fills the rail with four other published stories, never the story itself', async () => {
    const story = await queries.findStoryBySlug(MAIN_STORY_SLUG)
    const rail = await queries.listRailStories(story!)
    expect(rail).toHaveLength(queries.RAIL_SIZE)
    expect(new Set(rail.map((card) => card.id)).size).toBe(queries.RAIL_SIZE)
    for (const card of rail) {
      expect(card.id).toMatch(OBJECT_ID)
      expect(card.id).not.toBe(story!.id)
      expect(card.slug).not.toBe(MAIN_STORY_SLUG)
    }
  })

  it('lists the latest stories newest first', async () => {
    const latest = await queries.listLatestStories(13)
    expect(latest.length).toBeGreaterThanOrEqual(8)
    const dates = latest.map((card) => card.publishedAt!)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(latest[0].id).toMatch(OBJECT_ID)
    objectIdOf(latest[0].heroImage)
  })

  it('reads the site and paywall settings', async () => {
    expect((await queries.getSiteSettings()).siteName).toBe('The Newsroom')
    expect((await queries.getPaywallSettings()).freeArticles).toBeGreaterThan(0)
  })
})

describe('the site’s search (reader/search/siteSearch.ts) on MongoDB', () => {
  const searched = async (q: string, kind?: string) => {
    const { searchSite } = await import('@/reader/search/siteSearch')
    const outcome = await searchSite({ q, kind })
    if (outcome.state !== 'searched') throw new Error(`search for ${q} was ${outcome.state}`)
    return outcome.groups
  }

  it('finds the seeded person by another spelling, the stories tagging them and their quote', async () => {
    const groups = await searched('Mohamad')
    // Ranked, and one letter wrong from five letters: he leads, a namesake one edit away may follow.
    expect(groups.people?.docs[0]?.slug).toBe('mohammad-reza-ashtiani')
    expect((await searched('Mohamad', 'stories')).stories?.docs.map((story) => story.slug)).toContain(MAIN_STORY_SLUG)
    expect(groups.quotes?.docs.map((quote) => quote.text)).toContainEqual(expect.stringContaining('We are prepared to provide the necessary equipment'))
  })

  it('matches other forms of a word, and a short word only at its start', async () => {
    expect((await searched('drone')).stories?.docs.map((story) => story.slug)).toContain(MAIN_STORY_SLUG)
    // Under five letters no typo is allowed, so the inside of “drones” matches nothing.
    expect((await searched('rone')).stories?.total).toBe(0)
  })
})

describe('what anonymous readers can get on MongoDB', () => {
  let draft: Article
  let draftQuote: Quote
  let free: Article

  beforeAll(async () => {
    const image = await createImage(payload, 'mongo-access')
    draft = await createStory(payload, { title: 'Mongo unpublished scoop', status: 'draft', heroImage: image.id })
    const speaker = await payload.create({ collection: 'people', data: { name: 'Mongo Speaker', slug: 'mongo-speaker' } })
    draftQuote = await payload.create({
      collection: 'quotes',
      data: { text: 'Words from the Mongo draft.', speaker: speaker.id, article: draft.id },
    })
    const { docs } = await payload.find({ collection: 'articles', where: { freeToRead: { equals: true } }, depth: 0 })
    expect(docs).toHaveLength(1)
    free = docs[0]
  })

  it('never sees a draft, in lists or by id', async () => {
    expect(draft.id).toMatch(OBJECT_ID)
    const { docs } = await payload.find({ collection: 'articles', ...anonymous, pagination: false, depth: 0 })
    expect(docs).toHaveLength(firstRun.articles.created)
    expect(docs.map((doc) => doc.id)).not.toContain(draft.id)
    const { docs: asked } = await payload.find({
      collection: 'articles',
      ...anonymous,
      draft: true,
      where: { slug: { equals: draft.slug } },
    })
    expect(asked).toHaveLength(0)
    await expect(payload.findByID({ collection: 'articles', id: draft.id, ...anonymous })).rejects.toThrow(/not found/i)
    expect(await queries.findStoryBySlug(draft.slug)).toBeNull()
  })

  it('gets a metered story without its body, and a free one with it', async () => {
    const facts = await queries.findStoryFacts(MAIN_STORY_SLUG)
    const metered = await payload.findByID({ collection: 'articles', id: facts!.id, ...anonymous })
    expect(metered.slug).toBe(MAIN_STORY_SLUG)
    expect(metered.body).toBeUndefined()
    const readable = await payload.findByID({ collection: 'articles', id: free.id, ...anonymous })
    expect(paragraphTexts(readable.body).length).toBeGreaterThanOrEqual(3)
  })

  it('hides the quotes of a story that is not published, and those of a metered story not said in public from API callers (access on the relation’s article fields)', async () => {
    const main = (await payload.find({ collection: 'articles', where: { slug: { equals: MAIN_STORY_SLUG } }, depth: 0, limit: 1 })).docs[0]
    const speaker = (await payload.find({ collection: 'people', where: { slug: { equals: 'mongo-speaker' } }, depth: 0, limit: 1 })).docs[0]
    const privateQuote = await payload.create({ collection: 'quotes', data: { text: 'Words said to our reporter alone.', speaker: speaker.id, article: main.id } })
    // API callers get the metered main story's five public-record quotes, not the other; the site's rendering gets all six.
    const open = (await payload.find({ collection: 'quotes', ...anonymous, pagination: false, depth: 0 })).docs
    expect(open).toHaveLength(5)
    expect(open.every((quote) => quote.publicRecord)).toBe(true)
    const { docs } = await payload.find({ collection: 'quotes', ...anonymous, pagination: false, depth: 0, context: { [STORY_BODY_GRANT]: true } })
    expect(docs).toHaveLength(6)
    expect(docs.map((quote) => quote.id)).toContain(privateQuote.id)
    expect(docs.map((quote) => quote.id)).not.toContain(draftQuote.id)
    await expect(payload.findByID({ collection: 'quotes', id: draftQuote.id, ...anonymous })).rejects.toThrow(/not found/i)
    expect(await queries.findQuotesOfStory(draft.id)).toEqual([])
    // Staff (no access check) still see it: the constraint, not the data, hides it.
    const all = await payload.find({ collection: 'quotes', pagination: false, depth: 0 })
    expect(all.docs.map((quote) => quote.id)).toContain(draftQuote.id)
  })
})

describe('what staff can do on MongoDB', () => {
  let staffUser: User
  let story: Article

  beforeAll(async () => {
    staffUser = await payload.create({
      collection: 'users',
      data: { email: 'journalist@newsroom.test', password: 'a-long-password', name: 'Jo Journalist', role: 'journalist' },
    })
    const image = await createImage(payload, 'mongo-staff')
    story = await createStory(payload, { title: 'Mongo staff draft', status: 'draft', heroImage: image.id })
  })

  it('sees a draft and its body (drafts are read from the versions collection)', async () => {
    const found = await payload.findByID({ collection: 'articles', id: story.id, draft: true, overrideAccess: false, user: staffUser })
    expect(found.title).toBe('Mongo staff draft')
    expect(paragraphTexts(found.body)).toEqual(['Body of Mongo staff draft.'])
  })

  it('names the authors in the byline, looked up by their string ids', async () => {
    expect(staffUser.id).toMatch(OBJECT_ID)
    const updated = await payload.update({ collection: 'articles', id: story.id, data: { authors: [staffUser.id] } })
    expect(updated.byline).toBe('Jo Journalist')
    expect(updated.authors).toMatchObject([{ id: staffUser.id }])
  })

  it('publishes the draft, stamping the date, and readers then see it', async () => {
    const published = await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
    expect(Date.parse(published.publishedAt!)).toBeGreaterThan(Date.now() - 60_000)
    const read = await queries.findStoryBySlug(story.slug)
    expect(read?.id).toBe(story.id)
    expect((await queries.listLatestStories(1))[0].id).toBe(story.id)
  })

  it('lets a non-admin update only their own account (access `where` on the string id)', async () => {
    const other = await payload.create({ collection: 'users', data: { email: 'other@newsroom.test', password: 'a-long-password', name: 'Other', role: 'journalist' } })
    expect(other.role).toBe('journalist')
    await expect(
      payload.update({ collection: 'users', id: other.id, data: { name: 'Renamed' }, overrideAccess: false, user: other }),
    ).resolves.toMatchObject({ name: 'Renamed', role: 'journalist' })
    await expect(
      payload.update({ collection: 'users', id: staffUser.id, data: { name: 'Hijacked' }, overrideAccess: false, user: other }),
    ).rejects.toThrow(/not allowed/i)
    expect((await payload.findByID({ collection: 'users', id: staffUser.id })).name).toBe('Jo Journalist')
  })
})
