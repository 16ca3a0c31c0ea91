/**
 * Idempotent: every document has a natural key (filename, isoCode, slug, article + quote text,
 * email, global slug), and one found by its key is left as it is, never overwriting editors' changes.
 */
import fs from 'node:fs'

import type { CollectionSlug, GlobalSlug, Payload, Where } from 'payload'

import type { StaffRole } from '@/collections/Users/roles'
import { WORLD_COUNTRIES, type WorldCountry } from '@/lib/countries/worldCountries'
import { serverEnv } from '@/lib/platform/env'
import { slugify } from '@/lib/slugify'
import { proposeImport, type KnownEntities, type Proposal, type ProposedQuote } from '@/newsroom/importer'
import type { Article, Country, Media, Person, Quote, Section } from '@/payload-types'
import { DEFAULT_PAYWALL_SETTINGS } from '@/paywall/settings'
import { paragraphWithQuotes, richTextDocument, richTextFromParagraphs, uploadNode, type RichTextDocument } from '@/reader/richText'

import { DEMO_LOGINS, DEMO_PASSWORD, MAIN_STORY_SLUG } from './constants'
import {
  COUNTRIES,
  MAIN_STORY,
  MAIN_STORY_QUOTES,
  OTHER_ARTICLES,
  PEOPLE,
  SITE_SETTINGS,
  type ArticleSettings,
  type CountrySeed,
  type IsoCode,
  type PersonSeed,
  type PersonSlug,
} from './content'
import { renderPng, SEED_IMAGES, type SeedImage, type SeedImageKey } from './images'

export const SEED_TARGETS = [
  'media',
  'countries',
  'people',
  'sections',
  'articles',
  'quotes',
  'users',
  'site-settings',
  'paywall-settings',
] as const
export type SeedTarget = (typeof SEED_TARGETS)[number]
export type SeedSummary = Record<SeedTarget, { created: number; unchanged: number }>

const SEED_KNOWN: KnownEntities = {
  people: PEOPLE.map(({ name, aliases, role, country }) => ({ name, aliases: [...aliases], role, country })),
  countries: COUNTRIES.map(({ name, isoCode }) => ({ name, iso: isoCode })),
}

// Read by the story importer exactly as a journalist's paste would be: the seed proves it.
export function loadSeedStory(): Proposal {
  const imported = proposeImport(fs.readFileSync(new URL('./story.txt', import.meta.url), 'utf8'), SEED_KNOWN)
  if (!imported.ok) throw new Error(`The seed story could not be imported: ${imported.error}`)
  return imported.proposal
}

type SeedRun = { payload: Payload; log: (line: string) => void; summary: SeedSummary }

export async function seed(payload: Payload, log: (line: string) => void = () => {}): Promise<SeedSummary> {
  const run: SeedRun = { payload, log, summary: emptySummary() }
  const story = loadSeedStory()

  const media = await idsByKey(
    Object.keys(SEED_IMAGES) as SeedImageKey[],
    (key) => key,
    (key) => ensureImage(run, SEED_IMAGES[key]),
  )
  const countries = await idsByKey(
    COUNTRIES,
    (country) => country.isoCode,
    (country) => ensureCountry(run, country, { isoCode: { equals: country.isoCode } }),
  )
  await ensureEveryOtherCountry(run, new Set(Object.keys(countries)))
  const people = await idsByKey(
    PEOPLE,
    (person) => person.slug,
    (person) => ensurePerson(run, person, countries),
  )
  const sectionNames = [...new Set([MAIN_STORY.section, ...OTHER_ARTICLES.map((article) => article.section)])]
  const sections = await idsByKey(
    sectionNames,
    (name) => name,
    (name) => ensureSection(run, name),
  )
  const links = { media, countries, people, sections }

  // On record before the story holds them; publishing files them under it (hooks/linkQuotes.ts).
  // One with no speaker (the memorandum's “confidentiality clause”) is dropped, as a journalist would.
  const quoteIds = new Map<ProposedQuote, Quote['id']>()
  for (const proposed of story.quotes.filter((quote) => quote.speaker !== null)) {
    quoteIds.set(proposed, await ensureQuote(run, people, proposed))
  }
  const mainStory = await ensureArticle(run, links, {
    ...MAIN_STORY,
    slug: MAIN_STORY_SLUG,
    title: story.headline,
    body: mainStoryBody(story, media[MAIN_STORY.bodyImage], quoteIds),
  })
  for (const article of OTHER_ARTICLES) {
    await ensureArticle(run, links, { ...article, body: richTextFromParagraphs([...article.paragraphs]) })
  }

  await ensureGlobal(run, 'site-settings', () =>
    payload.updateGlobal({
      slug: 'site-settings',
      data: { ...SITE_SETTINGS, leadStory: mainStory.id as number },
      depth: 0,
      overrideAccess: true,
    }),
  )
  await ensureGlobal(run, 'paywall-settings', () =>
    payload.updateGlobal({ slug: 'paywall-settings', data: DEFAULT_PAYWALL_SETTINGS, depth: 0, overrideAccess: true }),
  )
  await ensureDemoStaff(run)
  return run.summary
}

function emptySummary(): SeedSummary {
  return Object.fromEntries(SEED_TARGETS.map((target) => [target, { created: 0, unchanged: 0 }])) as SeedSummary
}

// In turn: SQLite takes one writer at a time.
async function idsByKey<T, K extends string, Id>(
  items: readonly T[],
  keyOf: (item: T) => K,
  ensure: (item: T) => Promise<Id>,
): Promise<Record<K, Id>> {
  const ids = {} as Record<K, Id>
  for (const item of items) ids[keyOf(item)] = await ensure(item)
  return ids
}

function record(run: SeedRun, target: SeedTarget, created: boolean, label: string): void {
  run.summary[target][created ? 'created' : 'unchanged'] += 1
  run.log(`${created ? 'created  ' : 'unchanged'}  ${target.padEnd(16)} ${label}`)
}

async function ensureDoc<C extends CollectionSlug & SeedTarget, D extends { id: unknown }>(
  run: SeedRun,
  collection: C,
  naturalKey: Where,
  label: string,
  create: () => Promise<D>,
): Promise<{ id: D['id'] }> {
  const { docs } = await run.payload.find({
    collection,
    where: naturalKey,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const existing = docs[0] as { id: D['id'] } | undefined
  record(run, collection, !existing, label)
  return existing ?? create()
}

async function ensureImage(run: SeedRun, { filename, alt, caption, credit, draw }: SeedImage): Promise<Media['id']> {
  const media = await ensureDoc(run, 'media', { filename: { equals: filename } }, filename, async () => {
    const png = await renderPng(draw())
    return run.payload.create({
      collection: 'media',
      data: { alt, caption, credit },
      file: { data: png, mimetype: 'image/png', name: filename, size: png.length },
      // No document holds this filename, so a file of that name is left from a discarded database.
      overwriteExistingFiles: true,
      overrideAccess: true,
      depth: 0,
    })
  })
  return media.id
}

const worldCountryOf = new Map(WORLD_COUNTRIES.map((country) => [country.isoCode, country]))

async function ensureCountry(run: SeedRun, country: CountrySeed | WorldCountry, naturalKey: Where): Promise<Country['id']> {
  const { isoCode, name } = country
  const { demonyms = [], otherNames = [] } = worldCountryOf.get(isoCode) ?? {}
  const doc = await ensureDoc(run, 'countries', naturalKey, `${isoCode} ${name}`, () =>
    run.payload.create({
      collection: 'countries',
      data: {
        name,
        isoCode,
        slug: slugify(name),
        region: country.region,
        demonyms: demonyms.map((demonym) => ({ name: demonym })),
        otherNames: otherNames.map((otherName) => ({ name: otherName })),
      },
      overrideAccess: true,
      depth: 0,
    }),
  )
  return doc.id
}

// A country whose code, name or slug is on record is the editors': it is left as it is.
async function ensureEveryOtherCountry(run: SeedRun, seeded: ReadonlySet<string>): Promise<void> {
  // One read for all of them: a country at a time made every seed a few seconds slower.
  const { docs } = await run.payload.find({
    collection: 'countries',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { isoCode: true, name: true, slug: true },
  })
  const taken = new Set(docs.flatMap((country) => [country.isoCode, country.name, country.slug]))
  for (const country of WORLD_COUNTRIES.filter((each) => !seeded.has(each.isoCode))) {
    const keys = [country.isoCode, country.name, slugify(country.name)]
    if (keys.some((key) => taken.has(key))) {
      record(run, 'countries', false, `${country.isoCode} ${country.name}`)
      continue
    }
    await ensureCountry(run, country, { isoCode: { equals: country.isoCode } })
    for (const key of keys) taken.add(key)
  }
}

async function ensurePerson(
  run: SeedRun,
  { aliases, country, ...person }: PersonSeed,
  countries: Record<IsoCode, Country['id']>,
): Promise<Person['id']> {
  const doc = await ensureDoc(run, 'people', { slug: { equals: person.slug } }, person.name, () =>
    run.payload.create({
      collection: 'people',
      data: { ...person, aliases: aliases.map((name) => ({ name })), country: countries[country] },
      overrideAccess: true,
      depth: 0,
    }),
  )
  return doc.id
}

async function ensureSection(run: SeedRun, name: string): Promise<Section['id']> {
  const doc = await ensureDoc(run, 'sections', { name: { equals: name } }, name, () =>
    run.payload.create({ collection: 'sections', data: { name, slug: slugify(name) }, overrideAccess: true, depth: 0 }),
  )
  return doc.id
}

type SeedLinks = {
  media: Record<SeedImageKey, Media['id']>
  countries: Record<IsoCode, Country['id']>
  people: Record<PersonSlug, Person['id']>
  sections: Record<string, Section['id']>
}

type ArticleSeed = ArticleSettings & { slug: string; title: string; body: RichTextDocument }

async function ensureArticle(run: SeedRun, links: SeedLinks, article: ArticleSeed): Promise<{ id: Article['id'] }> {
  const { slug, title, dek, section, publishedAt, freeToRead, body } = article
  return ensureDoc(run, 'articles', { slug: { equals: slug } }, slug, () =>
    run.payload.create({
      collection: 'articles',
      draft: false,
      data: {
        _status: 'published',
        slug,
        title,
        dek,
        section: links.sections[section],
        publishedAt,
        freeToRead,
        body,
        heroImage: links.media[article.heroImage],
        people: article.people.map((person) => links.people[person]),
        countries: article.countries.map((isoCode) => links.countries[isoCode]),
      },
      overrideAccess: true,
      depth: 0,
    }),
  )
}

// The paragraphs read as scraped, with the second photo back where the page had the photos.
function mainStoryBody(story: Proposal, bodyImage: Media['id'], quoteIds: Map<ProposedQuote, Quote['id']>): RichTextDocument {
  const paragraphs = story.paragraphs.map((text, index) =>
    paragraphWithQuotes(
      text,
      [...quoteIds]
        .filter(([quote]) => quote.paragraph === index)
        .map(([quote, id]) => {
          const start = text.indexOf(quote.text)
          return { start, end: start + quote.text.length, quote: id }
        }),
    ),
  )
  return richTextDocument([
    ...paragraphs.slice(0, story.imageSlot),
    uploadNode(bodyImage),
    ...paragraphs.slice(story.imageSlot),
  ])
}

const shorten = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length).trimEnd()}…` : text

async function ensureQuote(run: SeedRun, people: Record<PersonSlug, Person['id']>, proposed: ProposedQuote): Promise<Quote['id']> {
  const person = PEOPLE.find((candidate) => candidate.name === proposed.speaker)
  if (!person) throw new Error(`The importer named a speaker the seed does not know: ${proposed.speaker}`)
  const seeded = MAIN_STORY_QUOTES.find((quote) => quote.text === proposed.text)
  const naturalKey: Where = { and: [{ text: { equals: proposed.text } }, { speaker: { equals: people[person.slug] } }] }
  const quote = await ensureDoc(run, 'quotes', naturalKey, `${person.slug}: ${shorten(proposed.text, 48)}`, () =>
    run.payload.create({
      collection: 'quotes',
      data: {
        text: proposed.text,
        speaker: people[person.slug],
        speakerRole: proposed.speakerRole,
        relayedBy: proposed.relayedBy,
        context: seeded?.context,
        publicRecord: seeded?.publicRecord ?? false,
      },
      overrideAccess: true,
      depth: 0,
    }),
  )
  return quote.id
}

// Only if never saved (it reads back without `updatedAt`): afterwards it is the editors'.
async function ensureGlobal(run: SeedRun, slug: GlobalSlug & SeedTarget, save: () => Promise<unknown>): Promise<void> {
  const stored = await run.payload.findGlobal({ slug, depth: 0, overrideAccess: true })
  const everSaved = Boolean(stored.updatedAt)
  record(run, slug, !everSaved, slug)
  if (!everSaved) await save()
}

async function ensureDemoStaff(run: SeedRun): Promise<void> {
  if (!serverEnv().NEWSROOM_DEMO) {
    run.log('No demo staff logins created (set NEWSROOM_DEMO=true to create them).')
    return
  }
  // The first staff account is always an admin (collections/Users/hooks/firstUserIsAdmin.ts).
  for (const [role, { email, name }] of Object.entries(DEMO_LOGINS) as [StaffRole, { email: string; name: string }][]) {
    await ensureDoc(run, 'users', { email: { equals: email } }, email, () =>
      run.payload.create({ collection: 'users', data: { email, name, role, password: DEMO_PASSWORD }, overrideAccess: true, depth: 0 }),
    )
    run.log(`Demo ${role} login: ${email} / ${DEMO_PASSWORD} (demo mode only)`)
  }
}
