import { cache } from 'react'

import { countryPath, personPath } from '@/lib/readerPaths'
import { databaseKindOf } from '@/lib/platform/database'
import { isIdFor } from '@/lib/api/documentId'
import { relationId, relationIds } from '@/lib/relations'
import { slugify } from '@/lib/slugify'
import type { Country, Person, Quote } from '@/payload-types'

import type { EntityLookup } from '../entityRoute'
import { peopleInTheNews } from '../peopleInTheNews'

import { asReader, cardFields, published, readerPayload, resultPage, sectionNames, type ResultPage, type StorySummary } from './asReader'
import { findStoryCard, listStoriesTagging } from './stories'

// People and countries: the site's second way in, from the tags and speakers of a story.

const ENTITY_QUOTES_LIMIT = 50
// A person's own page shows all of this; a list of people only the name, the address and the role.
const personFields = { name: true, slug: true, aliases: true, role: true, organisation: true, country: true, bio: true, photo: true } as const
const personInList = { name: true, slug: true, role: true } as const
export const personResult = { ...personInList, organisation: true, aliases: true } as const
export const quoteOnEntityPage = {
  depth: 2,
  populate: { articles: { title: true, slug: true, publishedAt: true }, people: { name: true, slug: true, country: true }, countries: { name: true, slug: true } },
  sort: '-createdAt',
  limit: ENTITY_QUOTES_LIMIT,
} as const

export type PersonInList = Pick<Person, 'id' | 'name' | 'slug' | 'role'>
export type PersonResult = Pick<Person, 'id' | 'name' | 'slug' | 'role' | 'organisation' | 'aliases'>
export type PersonPageData = { person: Person; quotes: Quote[]; quotesInSubscriberStories: number; stories: ResultPage<StorySummary> }
export type CountryPageData = { country: Country; people: PersonInList[]; quotes: Quote[]; stories: ResultPage<StorySummary> }

/** A person by their slug; by the slug of another spelling of their name, the address to go to instead. */
export const resolvePerson = cache(async (slug: string): Promise<EntityLookup<Person>> => {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'people', ...asReader, where: { slug: { equals: slug } }, select: personFields, depth: 1, limit: 1 })
  if (docs[0]) return docs[0] as Person
  const alias = await personWithAliasSlug(slug)
  return alias ? { redirectTo: personPath(alias) } : null
})

/**
 * A person's page. Quotes are read as any visitor reads them (the quote rule,
 * collections/access/quoteReaders.ts): those in subscriber stories are only counted, never shown.
 */
export const findPersonPage = cache(async (slug: string): Promise<EntityLookup<PersonPageData>> => {
  const person = await resolvePerson(slug)
  if (!person || 'redirectTo' in person) return person
  const payload = await readerPayload()
  const [quotes, onRecord, stories] = await Promise.all([
    payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { speaker: { equals: person.id } } }),
    // A count, across published stories, of what the visitor may or may not read: no words.
    payload.count({ collection: 'quotes', overrideAccess: true, where: { and: [{ speaker: { equals: person.id } }, { 'article._status': { equals: 'published' } }] } }),
    listStoriesTagging('people', person.id),
  ])
  return { person, quotes: quotes.docs, quotesInSubscriberStories: Math.max(0, onRecord.totalDocs - quotes.totalDocs), stories }
})

async function personWithAliasSlug(slug: string): Promise<string | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'people',
    ...asReader,
    where: { 'aliases.name': { exists: true } },
    select: { slug: true, aliases: true },
    depth: 0,
    limit: 1000,
    pagination: false,
  })
  return docs.find((person) => person.aliases?.some((alias) => slugify(alias.name) === slug))?.slug ?? null
}

/** A country by its slug; by its ISO code (`/countries/bo`), the address to go to instead. */
export const resolveCountry = cache(async (slugOrCode: string): Promise<EntityLookup<Country>> => {
  const payload = await readerPayload()
  const bySlug = await payload.find({ collection: 'countries', ...asReader, where: { slug: { equals: slugOrCode } }, depth: 0, limit: 1 })
  if (bySlug.docs[0]) return bySlug.docs[0]
  if (!/^[a-z]{2}$/.test(slugOrCode)) return null
  const byCode = await payload.find({ collection: 'countries', ...asReader, where: { isoCode: { equals: slugOrCode.toUpperCase() } }, depth: 0, limit: 1 })
  return byCode.docs[0] ? { redirectTo: countryPath(byCode.docs[0].slug) } : null
})

/** A country's page: its people, their quotes any visitor may read, its stories. */
export const findCountryPage = cache(async (slugOrCode: string): Promise<EntityLookup<CountryPageData>> => {
  const country = await resolveCountry(slugOrCode)
  if (!country || 'redirectTo' in country) return country
  const payload = await readerPayload()
  const [people, quotes, stories] = await Promise.all([
    payload.find({ collection: 'people', ...asReader, where: { country: { equals: country.id } }, select: personInList, sort: 'name', depth: 0, limit: 100 }),
    payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { 'speaker.country': { equals: country.id } } }),
    listStoriesTagging('countries', country.id),
  ])
  return { country, people: people.docs, quotes: quotes.docs, stories }
})

/** Everyone and everywhere on record, for the index pages, by name. */
export async function listPeople(): Promise<PersonInList[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'people', ...asReader, select: personInList, sort: 'name', depth: 0, limit: 1000, pagination: false })
  return docs
}

export async function listCountries(): Promise<Country[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'countries', ...asReader, sort: 'name', depth: 0, limit: 1000, pagination: false })
  return docs
}

/**
 * One quote's permalink. A quote any visitor may read comes whole; one of a subscriber
 * story comes as who said it and the story, without its words; none (or one of a story
 * not yet published) as null.
 */
export type QuotePermalink = { open: true; quote: Quote } | { open: false; speaker: Pick<Person, 'name' | 'slug'>; story: StorySummary }

/** Whether an id from an address can name a document in the site's database (MongoDB fails a query for one that cannot). */
export async function isDocumentId(id: string): Promise<boolean> {
  return isIdFor(databaseKindOf(await readerPayload()), id)
}

export const findQuotePermalink = cache(async (id: string): Promise<QuotePermalink | null> => {
  if (!(await isDocumentId(id))) return null
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { id: { equals: id } }, limit: 1 })
  if (docs[0]) return { open: true, quote: docs[0] }
  // Read past the quote rule for the speaker and the story only: the words stay behind.
  const { docs: withheld } = await payload.find({
    collection: 'quotes',
    overrideAccess: true,
    where: { and: [{ id: { equals: id } }, { 'article._status': { equals: 'published' } }] },
    select: { speaker: true, article: true },
    depth: 0,
    limit: 1,
  })
  const storyId = relationId(withheld[0]?.article)
  const speakerId = relationId(withheld[0]?.speaker)
  if (!storyId || !speakerId) return null
  const [story, speaker] = await Promise.all([
    findStoryCard('id', storyId),
    payload.findByID({ collection: 'people', id: speakerId, ...asReader, select: { name: true, slug: true }, depth: 0 }).catch(() => null),
  ])
  return story && speaker ? { open: false, speaker, story } : null
})

const PEOPLE_IN_THE_NEWS = 8
const PEOPLE_IN_THE_NEWS_STORIES = 30

/** The home page's "People in the news": ranked by reader/peopleInTheNews.ts over the latest stories. */
export async function listPeopleInTheNews(): Promise<PersonInList[]> {
  const payload = await readerPayload()
  const { docs: stories } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: published,
    select: { people: true },
    sort: '-publishedAt',
    depth: 0,
    limit: PEOPLE_IN_THE_NEWS_STORIES,
  })
  const ids = peopleInTheNews(
    stories.map((story) => ({ peopleIds: relationIds(story.people) })),
    PEOPLE_IN_THE_NEWS,
  )
  if (ids.length === 0) return []
  const { docs } = await payload.find({ collection: 'people', ...asReader, where: { id: { in: ids } }, select: personInList, depth: 0, limit: ids.length })
  const byId = new Map(docs.map((person) => [String(person.id), person]))
  return ids.map((id) => byId.get(id)).filter((person) => person !== undefined)
}
