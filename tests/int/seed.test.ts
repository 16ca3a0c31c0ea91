import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Article } from '@/payload-types'
import { DEMO_LOGINS, DEMO_PASSWORD, MAIN_STORY_SLUG } from '@/seed/constants'
import { COUNTRIES } from '@/seed/content'
import { SEED_IMAGES } from '@/seed/images'
import { loadSeedStory, seed, SEED_TARGETS, type SeedSummary } from '@/seed/index'
import { paragraphTexts } from '@/reader/richText'

import { bootPayload } from '../support/harness'

const HEADLINE = 'Bolivia’s interest in Iranian drones raises concerns in U.S. and Latin America'
const SCRAPED_PHOTO_CREDIT = 'Photo Internet reproduction.'

let payload: Payload
let cleanup: () => Promise<void>
let firstRun: SeedSummary
let secondRun: SeedSummary
let afterFirstRun: Snapshot
let afterSecondRun: Snapshot

type Snapshot = { documents: Record<string, unknown[]>; articleVersions: number; globals: unknown[] }

/** Every document of every collection, the article version count and the seeded globals, as stored. */
async function snapshot(): Promise<Snapshot> {
  const documents: Record<string, unknown[]> = {}
  for (const { slug } of payload.config.collections) {
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
    })
    documents[slug] = docs
  }
  const { totalDocs: articleVersions } = await payload.countVersions({ collection: 'articles', overrideAccess: true })
  const globals = await Promise.all(
    (['site-settings', 'paywall-settings'] as const).map((slug) =>
      payload.findGlobal({ slug, depth: 0, overrideAccess: true }),
    ),
  )
  return { documents, articleVersions, globals }
}

const ids = (values: unknown[] | null | undefined): string[] =>
  (values ?? []).map((value) =>
    String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value),
  )

async function findOne<C extends 'articles' | 'people' | 'media'>(collection: C, field: string, value: string) {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  expect(docs, `${collection} with ${field} ${value}`).toHaveLength(1)
  return docs[0]
}

const mainStory = () => findOne('articles', 'slug', MAIN_STORY_SLUG) as Promise<Article>

beforeAll(async () => {
  // This file first checks the default (no demo user); the demo path is exercised at the end.
  process.env.NEWSROOM_DEMO = 'false'
  ;({ payload, cleanup } = await bootPayload())
  firstRun = await seed(payload)
  afterFirstRun = await snapshot()
  secondRun = await seed(payload)
  afterSecondRun = await snapshot()
})
afterAll(async () => cleanup?.())

describe('seeding is idempotent', () => {
  it('creates the content on the first run and nothing on the second', () => {
    for (const target of SEED_TARGETS.filter((target) => target !== 'users')) {
      expect(firstRun[target].created, target).toBeGreaterThan(0)
      expect(secondRun[target], target).toEqual({ created: 0, unchanged: firstRun[target].created })
    }
    expect(firstRun.countries.created).toBeGreaterThanOrEqual(249)
  })

  it('leaves every collection, article version and global exactly as the first run left them', () => {
    for (const [collection, docs] of Object.entries(afterFirstRun.documents)) {
      expect(afterSecondRun.documents[collection], collection).toHaveLength(docs.length)
    }
    expect(afterSecondRun).toEqual(afterFirstRun)
  })
})

describe('the main story', () => {
  it('is published under the scraped headline', async () => {
    const story = await mainStory()
    expect(story.title).toBe(HEADLINE)
    expect(story._status).toBe('published')
    expect(story.publishedAt).toBe('2023-07-25T12:00:00.000Z')
    const section = await payload.findByID({ collection: 'sections', id: story.section as number, depth: 0 })
    expect(section).toMatchObject({ name: 'Latin America', slug: 'latin-america' })
    expect(story.freeToRead).toBe(false)
  })

  it('files every story under one of the editors’ sections, each made once', async () => {
    const { docs } = await payload.find({ collection: 'sections', depth: 0, pagination: false, sort: 'name' })
    expect(docs.map((section) => section.name)).toEqual(['Defense', 'Explainer', 'Latin America', 'Profile'])
  })

  it('has the 13 scraped paragraphs verbatim and in order, with the second photo where the photos stood', async () => {
    const story = await mainStory()
    // Its quotes are marked in place: at depth 1 each mark reads as the quote's words.
    const paragraphs = paragraphTexts((await payload.findByID({ collection: 'articles', id: story.id, depth: 1 })).body)
    expect(paragraphs).toHaveLength(13)
    expect(paragraphs).toEqual(loadSeedStory().paragraphs)
    expect(paragraphs[0]).toBe(
      'On July 20, Bolivia’s Defense Minister, Edmundo Novillo, paid an official visit to Tehran, where he met with his Iranian counterpart, Mohammad Reza Ashtiani.',
    )

    const bodyImage = await findOne('media', 'filename', SEED_IMAGES.droneOverMountains.filename)
    const blocks = story.body.root.children
    expect(blocks.filter((block) => block.type === 'upload')).toHaveLength(1)
    expect(blocks[4]).toMatchObject({ type: 'upload', relationTo: 'media' })
    expect(String(blocks[4].value)).toBe(String(bodyImage.id))
  })

  it('credits both of its images as the scraped page did, with alt text', async () => {
    const story = await mainStory()
    const hero = await findOne('media', 'filename', SEED_IMAGES.boliviaMap.filename)
    expect(String(story.heroImage)).toBe(String(hero.id))
    for (const image of [SEED_IMAGES.boliviaMap, SEED_IMAGES.droneOverMountains]) {
      const media = await findOne('media', 'filename', image.filename)
      expect(media.credit).toBe(SCRAPED_PHOTO_CREDIT)
      expect(media.alt.trim()).not.toBe('')
      expect(media.mimeType).toBe('image/png')
    }
  })

  it('is linked to its seven countries and all five people', async () => {
    const story = await mainStory()
    const { docs: countries } = await payload.find({
      collection: 'countries',
      where: { isoCode: { in: COUNTRIES.map((country) => country.isoCode) } },
      depth: 0,
      pagination: false,
    })
    const { docs: people } = await payload.find({ collection: 'people', depth: 0, pagination: false })
    expect(ids(story.countries).sort()).toEqual(ids(countries).sort())
    expect(ids(story.people).sort()).toEqual(ids(people).sort())
  })
})

describe('reference data', () => {
  it('has the seven countries of the stories with their ISO codes and regions', async () => {
    const { docs } = await payload.find({
      collection: 'countries',
      where: { isoCode: { in: COUNTRIES.map((country) => country.isoCode) } },
      depth: 0,
      pagination: false,
      sort: 'isoCode',
    })
    expect(docs.map(({ name, isoCode, region }) => ({ name, isoCode, region }))).toEqual([
      { name: 'Argentina', isoCode: 'AR', region: 'Latin America' },
      { name: 'Bolivia', isoCode: 'BO', region: 'Latin America' },
      { name: 'Chile', isoCode: 'CL', region: 'Latin America' },
      { name: 'Iran', isoCode: 'IR', region: 'Middle East' },
      { name: 'Russia', isoCode: 'RU', region: 'Europe' },
      { name: 'Ukraine', isoCode: 'UA', region: 'Europe' },
      { name: 'United States', isoCode: 'US', region: 'North America' },
    ])
  })

  it('has the five people, Ashtiani once under both spellings', async () => {
    const { docs } = await payload.find({ collection: 'people', depth: 0, pagination: false })
    expect(docs.map((person) => person.name).sort()).toEqual([
      'Alberto Asseff',
      'Andrés Jouannet',
      'Edmundo Novillo',
      'John Kirby',
      'Mohammad Reza Ashtiani',
    ])
    const ashtiani = docs.find((person) => person.slug === 'mohammad-reza-ashtiani')
    expect(ashtiani?.aliases?.map((alias) => alias.name)).toEqual(['Mohamad Reza Ashtiani'])
    for (const person of docs) {
      expect(person.role, person.name).toBeTruthy()
      expect(person.country, person.name).toBeTruthy()
    }
  })
})

describe('quotes', () => {
  const expectedSpeakers: Record<string, string> = {
    'john-kirby': 'We are wary of any Iranian technology exports',
    'alberto-asseff': 'provision of weaponry',
    'andres-jouannet': 'This situation is objectively concerning for us',
    'edmundo-novillo': 'My visit to Iran does not signify any threat',
    'mohammad-reza-ashtiani': 'We are prepared to provide the necessary equipment',
  }

  it('links each of the five quotes to its speaker and the main story, verbatim from the story', async () => {
    const story = await mainStory()
    const storyText = loadSeedStory().paragraphs.join('\n')
    const { docs: quotes } = await payload.find({
      collection: 'quotes',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(quotes).toHaveLength(5)

    for (const [slug, opening] of Object.entries(expectedSpeakers)) {
      const speaker = await findOne('people', 'slug', slug)
      const quote = quotes.find((candidate) => candidate.text.startsWith(opening))
      expect(quote, slug).toBeDefined()
      expect(String(quote!.speaker), slug).toBe(String(speaker.id))
      expect(String(quote!.article), slug).toBe(String(story.id))
      expect(storyText, slug).toContain(quote!.text)
      expect(quote!.text, slug).not.toMatch(/^[“"]|[”"]$/)
      expect(quote!.speakerRole, slug).toBeTruthy()
      expect(quote!.context, slug).toBeTruthy()
    }
  })

  it('records that Ashtiani’s words were relayed by HispanTV', async () => {
    const { docs } = await payload.find({
      collection: 'quotes',
      where: { text: { like: 'We are prepared to provide' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].relayedBy).toBe('HispanTV')
    expect(docs[0].context).toContain('press conference in Tehran')
  })
})

describe('other articles', () => {
  it('publishes at least six more stories, each sharing a person or country with the main story', async () => {
    const story = await mainStory()
    const mainLinks = new Set([...ids(story.people), ...ids(story.countries)])
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [{ slug: { not_equals: MAIN_STORY_SLUG } }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThanOrEqual(6)
    for (const article of docs) {
      const links = [...ids(article.people), ...ids(article.countries)]
      expect(
        links.some((link) => mainLinks.has(link)),
        article.slug,
      ).toBe(true)
      expect(article.heroImage, article.slug).toBeTruthy()
      expect(paragraphTexts(article.body).length, article.slug).toBeGreaterThanOrEqual(3)
      expect(article.publishedAt! >= '2023-07-21' && article.publishedAt! < '2023-08-06', article.slug).toBe(true)
    }
    expect(docs.filter((article) => article.freeToRead)).toHaveLength(1)
  })
})

describe('settings', () => {
  it('names the site and leaves its menu empty', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.siteName).toBe('The Newsroom')
    expect(settings.navigation ?? []).toEqual([])
  })

  it('makes the Bolivia–Iran story the home page’s lead', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1 })
    expect(typeof settings.leadStory === 'object' && settings.leadStory?.slug).toBe(MAIN_STORY_SLUG)
  })

  it('stores the default paywall settings', async () => {
    const { DEFAULT_PAYWALL_SETTINGS } = await import('@/paywall/settings')
    const settings = await payload.findGlobal({ slug: 'paywall-settings', depth: 0 })
    expect(settings).toMatchObject(DEFAULT_PAYWALL_SETTINGS)
  })
})

describe('demo staff logins', () => {
  const findDemoUsers = async () =>
    (
      await payload.find({
        collection: 'users',
        where: { email: { in: Object.values(DEMO_LOGINS).map((login) => login.email) } },
        overrideAccess: true,
      })
    ).docs
  it('are not created outside demo mode', async () => {
    expect(await findDemoUsers()).toHaveLength(0)
  })

  it('are created, one per role, each able to sign in, when NEWSROOM_DEMO=true, and nothing else changes', async () => {
    // serverEnv() caches the environment per module instance: a fresh copy of the seed reads it anew.
    process.env.NEWSROOM_DEMO = 'true'
    vi.resetModules()
    const fresh = await import('@/seed/index')
    const lines: string[] = []
    const demoRun = await fresh.seed(payload, (line) => lines.push(line))

    expect(demoRun.users).toEqual({ created: 4, unchanged: 0 })
    for (const target of SEED_TARGETS.filter((target) => target !== 'users')) {
      expect(demoRun[target].created, target).toBe(0)
    }
    expect(lines).toContain('Demo editor login: editor@newsroom.test / newsroom-demo-2023 (demo mode only)')

    const users = await findDemoUsers()
    for (const [role, { email, name }] of Object.entries(DEMO_LOGINS)) {
      // The editor login is an editor, not an admin: a demo shows each role as it is.
      expect(users.find((user) => user.email === email), role).toMatchObject({ name, role })
      const login = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
      expect(login.token, role).toBeTruthy()
    }

    expect((await fresh.seed(payload)).users).toEqual({ created: 0, unchanged: 4 })
  })
})
