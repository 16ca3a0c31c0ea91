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

// The rail ranks by shared people and countries: it needs their ids, not the documents.
const railFields = { ...cardFields, people: true, countries: true } as const
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

/**
 * The published story with its full body. The body grant is given here because
 * the caller renders a variant the paywall has already chosen; the preview
 * variant cuts the body before anything is sent. Deduplicated per render: the page
 * and its metadata share one query.
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

/** What the paywall needs to know about a story, without its text. */
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

/**
 * Where an old story address leads now (collections/Redirects/index.ts): the current address of
 * the published story it names, or a path on this site an editor set; null otherwise.
 */
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
    // Readers cannot load an unpublished story: it stays a bare id, and leads nowhere.
    const story = populated(to.reference?.value as Article | number | string | undefined)
    return story?.slug ? storyPath(story.slug) : null
  }
  return to?.url && /^\/(?![/\\])/.test(to.url) ? to.url : null
}

/** The quotes of a story, for its page; like the body, granted because the paywall has already decided. */
export async function findQuotesOfStory(storyId: string | number): Promise<Quote[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({ ...quotesOfStoryQuery(storyId), ...asReader, context: { [STORY_BODY_GRANT]: true } })
  return docs
}

/**
 * The home page's stories: the editors' lead story first (when it is set and
 * published), then the newest, without repeating the lead.
 */
export async function listFrontPageStories(limit: number): Promise<StorySummary[]> {
  const [settings, latest] = await Promise.all([getSiteSettings(), listLatestStories(limit)])
  const leadId = relationId(settings.leadStory)
  if (leadId === null) return latest
  const lead = latest.find((story) => String(story.id) === leadId) ?? (await findStoryCard('id', leadId))
  if (!lead) return latest
  return [lead, ...latest.filter((story) => story !== lead)].slice(0, limit)
}

/** A published story as a card shows it (headline, standfirst, section, photo), by its id or its slug. */
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

/** The newest published stories, of one section when asked. */
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

/** A section by its slug, for its page; null when there is none. */
export const findSection = cache(async (slug: string): Promise<Section | null> => {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'sections', ...asReader, where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  return docs[0] ?? null
})

/**
 * A feed's items: headline, standfirst, section and date of each story, and the whole
 * text of those free to read (read as any visitor, who may read only those bodies).
 */
export async function feedItemsOf(stories: StorySummary[]): Promise<FeedItem[]> {
  const payload = await readerPayload()
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

/** The "Check out our other content" rail for a story, ranked by reader/rankRelated.ts. */
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

/** Stories per page on a person's or a country's page (and per item list of their feeds). */
export const ENTITY_STORIES_PAGE = 20

/** Published stories whose tags name the person or the country (or by the author), newest first, a page at a time: their pages and their feeds. */
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

