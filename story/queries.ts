import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'

import { STORY_BODY_GRANT } from '@/collections/access/storyBodyReaders'
import { authorPath, countryPath, personPath, quotePath } from '@/collections/entityPaths'
import { storyPath } from '@/collections/redirects'
import { databaseKindOf } from '@/lib/database'
import { isIdFor } from '@/lib/documentId'
import { serverEnv } from '@/lib/env'
import { populated, relationId, relationIds, type Relation } from '@/lib/relations'
import { slugify } from '@/lib/slugify'
import type { Article, Country, Person, Quote, Section, SiteSetting, User } from '@/payload-types'
import { toPaywallSettings, type PaywallSettings } from '@/paywall/settings'

import { peopleInTheNews } from './peopleInTheNews'
import { paragraphTexts } from './richText'
import type { FeedItem } from './rss'
import { kickerOf } from './sections'
import type { EntityLookup } from './entityRoute'
import { rankRelated } from './rankRelated'

/**
 * Every query the reader site makes goes through here. Each one runs as an
 * anonymous visitor (`overrideAccess: false`, no user) with an explicit
 * published filter, so access rules decide what readers can get.
 */
const asReader = { overrideAccess: false, draft: false } as const
const published: Where = { _status: { equals: 'published' } }

export const RAIL_SIZE = 4
const RAIL_CANDIDATES = 60

const cardFields = { title: true, slug: true, dek: true, section: true, heroImage: true, publishedAt: true } as const
// The rail ranks by shared people and countries: it needs their ids, not the documents.
const railFields = { ...cardFields, people: true, countries: true } as const
// A story's section is shown by name (the kicker): nothing else of it is loaded.
const sectionNames = { sections: { name: true, slug: true } } as const
const idsOnly = { people: { slug: true }, countries: { slug: true }, ...sectionNames } as const

/**
 * How a story page loads a story (reader and staff preview alike): related
 * documents carry only what the page shows. Editor picks in particular are
 * loaded as bare titles, so the story-body grant given to the page's query never
 * reads another story's text.
 */
export const storyPageQuery = {
  // Three deep: a quote block in the body (1), its speaker (2), the speaker's country (3).
  depth: 3,
  joins: false,
  populate: {
    articles: { title: true, slug: true },
    quotes: { text: true, speaker: true, speakerRole: true, relayedBy: true },
    people: { name: true, slug: true, role: true, country: true },
    countries: { name: true, slug: true, isoCode: true },
    ...sectionNames,
  },
} as const

/**
 * The quotes of a story with speaker and speaker's country, for the story page. The
 * story itself comes back as its slug only: under the body grant, a full story would be
 * read with its text and its own related stories.
 */
export const quotesOfStoryQuery = (storyId: string | number) =>
  ({
    collection: 'quotes',
    where: { article: { equals: storyId } },
    depth: 2,
    populate: { articles: { slug: true } },
    limit: 50,
    sort: 'createdAt',
  }) as const

export type StoryCard = Pick<Article, 'id' | 'title' | 'slug' | 'dek' | 'section' | 'heroImage' | 'publishedAt'>

/**
 * The published story with its full body. The body grant is given here because
 * the caller renders a variant the paywall has already chosen; the preview
 * variant cuts the body before anything is sent. Deduplicated per render: the page
 * and its metadata share one query.
 */
export const findStoryBySlug = cache(async (slug: string): Promise<Article | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: { and: [published, { slug: { equals: slug } }] },
    ...storyPageQuery,
    limit: 1,
    context: { [STORY_BODY_GRANT]: true },
  })
  return docs[0] ?? null
})

/** A staff member as readers meet them: in a byline, and on their author page. */
export type Author = Pick<User, 'id' | 'name' | 'slug' | 'bio'>

// Staff accounts are staff-only; these fields alone are read past that rule, because every byline prints the name.
const authorFields = { name: true, slug: true, bio: true } as const

/** A story's authors, in byline order, for its byline links and structured data. */
export async function findAuthors(story: { authors?: Relation[] | null }): Promise<Author[]> {
  const ids = relationIds(story.authors)
  if (ids.length === 0) return []
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'users', overrideAccess: true, where: { id: { in: ids } }, select: authorFields, depth: 0, limit: ids.length, pagination: false })
  const byId = new Map(docs.map((user) => [String(user.id), user]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** An author by their slug, when they have a published story (a staff member who has published nothing has no page). */
export const resolveAuthor = cache(async (slug: string): Promise<Author | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'users', overrideAccess: true, where: { slug: { equals: slug } }, select: authorFields, depth: 0, limit: 1 })
  const author = docs[0]
  if (!author) return null
  const { totalDocs } = await payload.count({ collection: 'articles', ...asReader, where: { and: [published, { authors: { in: [author.id] } }] } })
  return totalDocs > 0 ? author : null
})

export type AuthorPage = { author: Author; stories: ResultPage<StoryCard> }

export const findAuthorPage = cache(async (slug: string): Promise<AuthorPage | null> => {
  const author = await resolveAuthor(slug)
  return author ? { author, stories: await listStoriesTagging('authors', author.id) } : null
})

/** What the paywall needs to know about a story, without its text. */
export async function findStoryFacts(slug: string): Promise<{ id: string; freeToRead: boolean } | null> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: { and: [published, { slug: { equals: slug } }] },
    select: { freeToRead: true },
    depth: 0,
    limit: 1,
  })
  const story = docs[0]
  return story ? { id: String(story.id), freeToRead: story.freeToRead === true } : null
}

/**
 * Where an old story address leads now (collections/redirects.ts): the current address of
 * the published story it names, or a path on this site an editor set; null otherwise.
 */
export async function findRedirectTarget(slug: string): Promise<string | null> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'redirects',
    ...asReader,
    where: { from: { equals: storyPath(slug) } },
    depth: 1,
    populate: { articles: { slug: true } },
    limit: 1,
  })
  const to = docs[0]?.to
  if (to?.type === 'reference') {
    // Readers cannot load an unpublished story: it stays a bare id, and leads nowhere.
    const story = populated(to.reference?.value as Article | number | string | undefined)
    return story?.slug ? storyPath(story.slug) : null
  }
  return to?.url && /^\/(?![/\\])/.test(to.url) ? to.url : null
}

/** The quotes of a story, for its page; like the body, granted because the paywall has already decided. */
export async function findQuotesOfStory(storyId: string | number): Promise<Quote[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ ...quotesOfStoryQuery(storyId), ...asReader, context: { [STORY_BODY_GRANT]: true } })
  return docs
}

/**
 * The home page's stories: the editors' lead story first (when it is set and
 * published), then the newest, without repeating the lead.
 */
export async function listFrontPageStories(limit: number): Promise<StoryCard[]> {
  const [settings, latest] = await Promise.all([getSiteSettings(), listLatestStories(limit)])
  const leadId = relationId(settings.leadStory)
  if (leadId === null) return latest
  const lead = latest.find((story) => String(story.id) === leadId) ?? (await findStoryCard('id', leadId))
  if (!lead) return latest
  return [lead, ...latest.filter((story) => story !== lead)].slice(0, limit)
}

/** A published story as a card shows it (headline, standfirst, section, photo), by its id or its slug. */
export async function findStoryCard(by: 'id' | 'slug', value: string): Promise<StoryCard | null> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: { and: [published, { [by]: { equals: value } }] },
    select: cardFields,
    populate: sectionNames,
    depth: 1,
    limit: 1,
  })
  return docs[0] ?? null
}

/** The newest published stories, of one section when asked. */
export async function listLatestStories(limit: number, only: { sectionId?: string | number } = {}): Promise<StoryCard[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: only.sectionId === undefined ? published : { and: [published, { section: { equals: only.sectionId } }] },
    select: cardFields,
    populate: sectionNames,
    sort: '-publishedAt',
    depth: 1,
    limit,
  })
  return docs
}

/** A section by its slug, for its page; null when there is none. */
export const findSection = cache(async (slug: string): Promise<Section | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'sections', ...asReader, where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  return docs[0] ?? null
})

/** One page of results, as the search page shows it. */
export type ResultPage<Doc> = { docs: Doc[]; total: number; page: number; totalPages: number }

const resultPage = <Doc,>(result: { docs: Doc[]; totalDocs: number; page?: number; totalPages: number }): ResultPage<Doc> => ({
  docs: result.docs,
  total: result.totalDocs,
  page: result.page ?? 1,
  totalPages: result.totalPages,
})

/**
 * The documents search/siteSearch.ts found in its index, read again here as any visitor
 * would read them: a stale entry, an unpublished story or a quote the paywall withholds
 * drops out, and the counts and pages are those of what is shown.
 */
export const searchResults = {
  async stories(ids: (string | number)[], page: number, limit: number): Promise<ResultPage<StoryCard>> {
    const payload = await getPayload({ config })
    return resultPage(
      await payload.find({
        collection: 'articles',
        ...asReader,
        where: { and: [published, { id: { in: ids } }] },
        select: cardFields,
        populate: sectionNames,
        sort: '-publishedAt',
        depth: 1,
        page,
        limit,
      }),
    )
  },
  async people(ids: (string | number)[], page: number, limit: number): Promise<ResultPage<PersonResult>> {
    const payload = await getPayload({ config })
    return resultPage(
      await payload.find({ collection: 'people', ...asReader, where: { id: { in: ids } }, select: personResult, sort: 'name', depth: 0, page, limit }),
    )
  },
  async quotes(ids: (string | number)[], page: number, limit: number): Promise<ResultPage<Quote>> {
    const payload = await getPayload({ config })
    return resultPage(await payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { id: { in: ids } }, page, limit }))
  },
}

/**
 * A feed's items: headline, standfirst, section and date of each story, and the whole
 * text of those free to read (read as any visitor, who may read only those bodies).
 */
export async function feedItemsOf(stories: StoryCard[]): Promise<FeedItem[]> {
  const payload = await getPayload({ config })
  const { docs: free } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: { and: [published, { freeToRead: { equals: true } }, { id: { in: stories.map((story) => story.id) } }] },
    // The body's access rule reads `freeToRead` (collections/access/storyBodyReaders.ts).
    select: { body: true, freeToRead: true },
    // The body's quote blocks, populated with their words.
    populate: { quotes: { text: true } },
    depth: 1,
    limit: stories.length,
    pagination: false,
  })
  const paragraphs = new Map(free.map((story) => [String(story.id), paragraphTexts(story.body)]))
  return stories.map((story) => ({ ...story, section: kickerOf(story), paragraphs: paragraphs.get(String(story.id)) }))
}

/** The "Check out our other content" rail for a story, ranked by story/rankRelated.ts. */
export async function listRailStories(story: Article): Promise<StoryCard[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: { and: [published, { id: { not_equals: story.id } }] },
    select: railFields,
    populate: idsOnly,
    sort: '-publishedAt',
    depth: 1,
    limit: RAIL_CANDIDATES,
  })
  const toRailStory = (doc: Pick<Article, 'id' | 'people' | 'countries' | 'publishedAt'>) => ({
    id: String(doc.id),
    peopleIds: relationIds(doc.people),
    countryIds: relationIds(doc.countries),
    publishedAt: doc.publishedAt ?? null,
  })
  const order = rankRelated({
    story: toRailStory(story),
    editorPicks: relationIds(story.related),
    candidates: docs.map(toRailStory),
    limit: RAIL_SIZE,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return order.map((id) => byId.get(id)).filter((doc): doc is (typeof docs)[number] => doc !== undefined)
}

// Settings are read by the layout, its metadata and the page: one query per render each.
export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await getPayload({ config })
  return payload.findGlobal({ slug: 'site-settings', ...asReader, depth: 0 })
})

/** What the site says about itself in links and structured data. */
export const siteIdentityOf = (settings: Pick<SiteSetting, 'siteName'>): { url: string; name: string } => ({
  url: serverEnv().SITE_URL,
  name: settings.siteName,
})

export const getSiteIdentity = async (): Promise<{ url: string; name: string }> => siteIdentityOf(await getSiteSettings())

export const getPaywallSettings = cache(async (): Promise<PaywallSettings> => {
  const payload = await getPayload({ config })
  return toPaywallSettings(await payload.findGlobal({ slug: 'paywall-settings', ...asReader, depth: 0 }))
})


// People and countries: the site's second way in, from the tags and speakers of a story.

/** Stories per page on a person's or a country's page (and per item list of their feeds). */
export const ENTITY_STORIES_PAGE = 20
const ENTITY_QUOTES_LIMIT = 50
// A person's own page shows all of this; a list of people only the name, the address and the role.
const personFields = { name: true, slug: true, aliases: true, role: true, organisation: true, country: true, bio: true, photo: true } as const
const personInList = { name: true, slug: true, role: true } as const
const personResult = { ...personInList, organisation: true, aliases: true } as const
const quoteOnEntityPage = {
  depth: 2,
  populate: { articles: { title: true, slug: true, publishedAt: true }, people: { name: true, slug: true, country: true }, countries: { name: true, slug: true } },
  sort: '-createdAt',
  limit: ENTITY_QUOTES_LIMIT,
} as const

export type PersonInList = Pick<Person, 'id' | 'name' | 'slug' | 'role'>
export type PersonResult = Pick<Person, 'id' | 'name' | 'slug' | 'role' | 'organisation' | 'aliases'>
export type PersonPage = { person: Person; quotes: Quote[]; quotesInSubscriberStories: number; stories: ResultPage<StoryCard> }
export type CountryPage = { country: Country; people: PersonInList[]; quotes: Quote[]; stories: ResultPage<StoryCard> }

/** Published stories whose tags name the person or the country (or by the author), newest first, a page at a time: their pages and their feeds. */
export async function listStoriesTagging(field: 'people' | 'countries' | 'authors', id: string | number, page = 1): Promise<ResultPage<StoryCard>> {
  const payload = await getPayload({ config })
  return resultPage(
    await payload.find({
      collection: 'articles',
      ...asReader,
      where: { and: [published, { [field]: { in: [id] } }] },
      select: cardFields,
      populate: sectionNames,
      sort: '-publishedAt',
      depth: 1,
      page,
      limit: ENTITY_STORIES_PAGE,
    }),
  )
}

/** A person by their slug; by the slug of another spelling of their name, the address to go to instead. */
export const resolvePerson = cache(async (slug: string): Promise<EntityLookup<Person>> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'people', ...asReader, where: { slug: { equals: slug } }, select: personFields, depth: 1, limit: 1 })
  if (docs[0]) return docs[0] as Person
  const alias = await personWithAliasSlug(slug)
  return alias ? { redirectTo: personPath(alias) } : null
})

/**
 * A person's page. Quotes are read as any visitor reads them (the quote rule,
 * collections/access/quoteReaders.ts): those in subscriber stories are only counted, never shown.
 */
export const findPersonPage = cache(async (slug: string): Promise<EntityLookup<PersonPage>> => {
  const person = await resolvePerson(slug)
  if (!person || 'redirectTo' in person) return person
  const payload = await getPayload({ config })
  const [quotes, onRecord, stories] = await Promise.all([
    payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { speaker: { equals: person.id } } }),
    // A count, across published stories, of what the visitor may or may not read: no words.
    payload.count({ collection: 'quotes', overrideAccess: true, where: { and: [{ speaker: { equals: person.id } }, { 'article._status': { equals: 'published' } }] } }),
    listStoriesTagging('people', person.id),
  ])
  return { person, quotes: quotes.docs, quotesInSubscriberStories: Math.max(0, onRecord.totalDocs - quotes.totalDocs), stories }
})

async function personWithAliasSlug(slug: string): Promise<string | null> {
  const payload = await getPayload({ config })
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
  const payload = await getPayload({ config })
  const bySlug = await payload.find({ collection: 'countries', ...asReader, where: { slug: { equals: slugOrCode } }, depth: 0, limit: 1 })
  if (bySlug.docs[0]) return bySlug.docs[0]
  if (!/^[a-z]{2}$/.test(slugOrCode)) return null
  const byCode = await payload.find({ collection: 'countries', ...asReader, where: { isoCode: { equals: slugOrCode.toUpperCase() } }, depth: 0, limit: 1 })
  return byCode.docs[0] ? { redirectTo: countryPath(byCode.docs[0].slug) } : null
})

/** A country's page: its people, their quotes any visitor may read, its stories. */
export const findCountryPage = cache(async (slugOrCode: string): Promise<EntityLookup<CountryPage>> => {
  const country = await resolveCountry(slugOrCode)
  if (!country || 'redirectTo' in country) return country
  const payload = await getPayload({ config })
  const [people, quotes, stories] = await Promise.all([
    payload.find({ collection: 'people', ...asReader, where: { country: { equals: country.id } }, select: personInList, sort: 'name', depth: 0, limit: 100 }),
    payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { 'speaker.country': { equals: country.id } } }),
    listStoriesTagging('countries', country.id),
  ])
  return { country, people: people.docs, quotes: quotes.docs, stories }
})

/** Everyone and everywhere on record, for the index pages, by name. */
export async function listPeople(): Promise<PersonInList[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'people', ...asReader, select: personInList, sort: 'name', depth: 0, limit: 1000, pagination: false })
  return docs
}

export async function listCountries(): Promise<Country[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'countries', ...asReader, sort: 'name', depth: 0, limit: 1000, pagination: false })
  return docs
}

/** Every public page worth indexing, with when it last changed: the sitemap's entries (quotes: those open to everyone). */
export async function listSitemapEntries(): Promise<{ path: string; lastModified: string }[]> {
  const payload = await getPayload({ config })
  const all = { ...asReader, depth: 0, limit: 5000, pagination: false } as const
  const [stories, people, countries, sections, quotes] = await Promise.all([
    payload.find({ collection: 'articles', ...all, where: published, select: { slug: true, updatedAt: true, authors: true }, sort: '-publishedAt' }),
    payload.find({ collection: 'people', ...all, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'countries', ...all, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'sections', ...all, select: { slug: true, updatedAt: true } }),
    // Read as any visitor: only the quotes open to everyone have a page worth indexing.
    payload.find({ collection: 'quotes', ...all, select: { updatedAt: true } }),
  ])
  const newest = stories.docs[0]?.updatedAt ?? new Date(0).toISOString()
  // An author's page changes with their newest story: stories come newest first, so the first seen is it.
  const authorsLastStory = new Map<string, string>()
  for (const story of stories.docs) for (const id of relationIds(story.authors)) if (!authorsLastStory.has(id)) authorsLastStory.set(id, story.updatedAt)
  const authors = await findAuthors({ authors: [...authorsLastStory.keys()] })
  return [
    { path: '/', lastModified: newest },
    ...stories.docs.map((doc) => ({ path: storyPath(doc.slug), lastModified: doc.updatedAt })),
    ...sections.docs.map((doc) => ({ path: `/sections/${doc.slug}`, lastModified: doc.updatedAt })),
    ...people.docs.map((doc) => ({ path: personPath(doc.slug), lastModified: doc.updatedAt })),
    ...countries.docs.map((doc) => ({ path: countryPath(doc.slug), lastModified: doc.updatedAt })),
    ...quotes.docs.map((doc) => ({ path: quotePath(doc.id), lastModified: doc.updatedAt })),
    ...authors.flatMap((author) => (author.slug ? [{ path: authorPath(author.slug), lastModified: authorsLastStory.get(String(author.id))! }] : [])),
  ]
}

/**
 * One quote's permalink. A quote any visitor may read comes whole; one of a subscriber
 * story comes as who said it and the story, without its words; none (or one of a story
 * not yet published) as null.
 */
export type QuotePermalink = { open: true; quote: Quote } | { open: false; speaker: Pick<Person, 'name' | 'slug'>; story: StoryCard }

/** Whether an id from an address can name a document in the site's database (MongoDB fails a query for one that cannot). */
export async function isDocumentId(id: string): Promise<boolean> {
  return isIdFor(databaseKindOf(await getPayload({ config })), id)
}

export const findQuotePermalink = cache(async (id: string): Promise<QuotePermalink | null> => {
  if (!(await isDocumentId(id))) return null
  const payload = await getPayload({ config })
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

/** The home page's "People in the news": ranked by story/peopleInTheNews.ts over the latest stories. */
export async function listPeopleInTheNews(): Promise<PersonInList[]> {
  const payload = await getPayload({ config })
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

/** How far back the Google News sitemap looks: Google reads only the last two days. */
const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000

/** Stories published in the news sitemap's window, newest first. */
export async function listRecentStories(now: Date): Promise<Pick<Article, 'slug' | 'title' | 'publishedAt'>[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: { and: [published, { publishedAt: { greater_than_equal: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS).toISOString() } }] },
    select: { slug: true, title: true, publishedAt: true },
    sort: '-publishedAt',
    depth: 0,
    limit: 1000,
  })
  return docs
}
