import { cache } from 'react'

import { STORY_BODY_GRANT } from '@/collections/access/storyBodyReaders'
import { storyPath } from '@/lib/readerPaths'
import { populated, relationId, relationIds } from '@/lib/relations'
import type { Article, Quote, Section } from '@/payload-types'

import { rankRelated } from '../rankRelated'
import { paragraphTexts } from '../richText'
import type { FeedItem } from '../rss'
import { kickerOf } from '../sections'

import { asReader, cardFields, published, readerPayload, resultPage, sectionNames, type ResultPage, type StorySummary } from './asReader'
import { getSiteSettings } from './settings'

export const RAIL_SIZE = 4
const RAIL_CANDIDATES = 60

// The rail ranks by shared people and countries: ids are enough.
const railFields = { ...cardFields, people: true, countries: true } as const
const idsOnly = { people: { slug: true }, countries: { slug: true }, ...sectionNames } as const

/**
 * Related documents carry only what the page shows: editor picks are bare titles, so the body
 * grant given to the page's query never reads another story's text.
 */
export const storyPageQuery = {
  // A quote block in the body, its speaker, the speaker's country.
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

// The story comes back as its slug only: under the body grant, a full one would carry its text.
export const quotesOfStoryQuery = (storyId: string | number) =>
  ({
    collection: 'quotes',
    where: { article: { equals: storyId } },
    depth: 2,
    populate: { articles: { slug: true } },
    limit: 50,
    sort: 'createdAt',
  }) as const

/**
 * The body grant is given here because the caller renders a variant the paywall already chose;
 * the preview cuts the body before anything is sent.
 */
export const findStoryBySlug = cache(async (slug: string): Promise<Article | null> => {
  const payload = await readerPayload()
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

export async function findStoryFacts(slug: string): Promise<{ id: string; freeToRead: boolean } | null> {
  const payload = await readerPayload()
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

// An old address leads to the published story it names now, or to a path an editor set.
export async function findRedirectTarget(slug: string): Promise<string | null> {
  const payload = await readerPayload()
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
    // Readers cannot load an unpublished story: it stays a bare id and leads nowhere.
    const story = populated(to.reference?.value as Article | number | string | undefined)
    return story?.slug ? storyPath(story.slug) : null
  }
  return to?.url && /^\/(?![/\\])/.test(to.url) ? to.url : null
}

// Granted like the body: the paywall has already decided.
export async function findQuotesOfStory(storyId: string | number): Promise<Quote[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({ ...quotesOfStoryQuery(storyId), ...asReader, context: { [STORY_BODY_GRANT]: true } })
  return docs
}

// The editors' lead story first, when set and published, then the newest without it.
export async function listFrontPageStories(limit: number): Promise<StorySummary[]> {
  const [settings, latest] = await Promise.all([getSiteSettings(), listLatestStories(limit)])
  const leadId = relationId(settings.leadStory)
  if (leadId === null) return latest
  const lead = latest.find((story) => String(story.id) === leadId) ?? (await findStoryCard('id', leadId))
  if (!lead) return latest
  return [lead, ...latest.filter((story) => story !== lead)].slice(0, limit)
}

export async function findStoryCard(by: 'id' | 'slug', value: string): Promise<StorySummary | null> {
  const payload = await readerPayload()
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

export async function listLatestStories(limit: number, only: { sectionId?: string | number } = {}): Promise<StorySummary[]> {
  const payload = await readerPayload()
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

export const findSection = cache(async (slug: string): Promise<Section | null> => {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'sections', ...asReader, where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  return docs[0] ?? null
})

// Read as any visitor, so only the stories free to read bring their whole text.
export async function feedItemsOf(stories: StorySummary[]): Promise<FeedItem[]> {
  const payload = await readerPayload()
  const { docs: free } = await payload.find({
    collection: 'articles',
    ...asReader,
    where: { and: [published, { freeToRead: { equals: true } }, { id: { in: stories.map((story) => story.id) } }] },
    // The body's access rule reads `freeToRead` (collections/access/storyBodyReaders.ts).
    select: { body: true, freeToRead: true },
    populate: { quotes: { text: true } },
    depth: 1,
    limit: stories.length,
    pagination: false,
  })
  const paragraphs = new Map(free.map((story) => [String(story.id), paragraphTexts(story.body)]))
  return stories.map((story) => ({ ...story, section: kickerOf(story), paragraphs: paragraphs.get(String(story.id)) }))
}

export async function listRailStories(story: Article): Promise<StorySummary[]> {
  const payload = await readerPayload()
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

// Also per item list of their feeds.
export const ENTITY_STORIES_PAGE = 20

export async function listStoriesTagging(field: 'people' | 'countries' | 'authors', id: string | number, page = 1): Promise<ResultPage<StorySummary>> {
  const payload = await readerPayload()
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

