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

const ENTITY_QUOTES_LIMIT = 50
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

export const resolvePerson = cache(async (slug: string): Promise<EntityLookup<Person>> => {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'people', ...asReader, where: { slug: { equals: slug } }, select: personFields, depth: 1, limit: 1 })
  if (docs[0]) return docs[0] as Person
  const alias = await personWithAliasSlug(slug)
  return alias ? { redirectTo: personPath(alias) } : null
})

// Quotes in subscriber stories are only counted, never shown (collections/access/quoteReaders.ts).
export const findPersonPage = cache(async (slug: string): Promise<EntityLookup<PersonPageData>> => {
  const person = await resolvePerson(slug)
  if (!person || 'redirectTo' in person) return person
  const payload = await readerPayload()
  const [quotes, onRecord, stories] = await Promise.all([
    payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { speaker: { equals: person.id } } }),
    // A count across published stories, whatever the visitor may read: no words.
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

export const resolveCountry = cache(async (slugOrCode: string): Promise<EntityLookup<Country>> => {
  const payload = await readerPayload()
  const bySlug = await payload.find({ collection: 'countries', ...asReader, where: { slug: { equals: slugOrCode } }, depth: 0, limit: 1 })
  if (bySlug.docs[0]) return bySlug.docs[0]
  if (!/^[a-z]{2}$/.test(slugOrCode)) return null
  const byCode = await payload.find({ collection: 'countries', ...asReader, where: { isoCode: { equals: slugOrCode.toUpperCase() } }, depth: 0, limit: 1 })
  return byCode.docs[0] ? { redirectTo: countryPath(byCode.docs[0].slug) } : null
})

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

export async function listPeople(): Promise<PersonInList[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'people', ...asReader, select: personInList, sort: 'name', depth: 0, limit: 1000, pagination: false })
  return docs
}

/** Countries in the news: tagged in a published story or home to someone on record, not every one on file. */
export async function listCountries(): Promise<Country[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'countries',
    ...asReader,
    where: { id: { in: await countryIdsInTheNews() } },
    sort: 'name',
    depth: 0,
    limit: 1000,
    pagination: false,
  })
  return docs
}

export async function countryIdsInTheNews(): Promise<string[]> {
  const payload = await readerPayload()
  const all = { ...asReader, depth: 0, limit: 5000, pagination: false } as const
  const [stories, people] = await Promise.all([
    payload.find({ collection: 'articles', ...all, where: published, select: { countries: true } }),
    payload.find({ collection: 'people', ...all, select: { country: true } }),
  ])
  return [...new Set([...stories.docs.flatMap((story) => relationIds(story.countries)), ...people.docs.flatMap((person) => relationIds([person.country]))])]
}

// A quote of a subscriber story comes without its words; one of an unpublished story as null.
export type QuotePermalink = { open: true; quote: Quote } | { open: false; speaker: Pick<Person, 'name' | 'slug'>; story: StorySummary }

// MongoDB fails a query for an id that cannot exist.
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
