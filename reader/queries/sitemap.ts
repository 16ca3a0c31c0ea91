import { authorPath, countryPath, personPath, quotePath, sectionPath } from '@/lib/readerPaths'
import { storyPath } from '@/lib/readerPaths'
import { relationIds } from '@/lib/relations'
import type { Article } from '@/payload-types'

import { asReader, published, readerPayload } from './asReader'
import { findAuthors } from './authors'
import { countryIdsInTheNews } from './entities'

export async function listSitemapEntries(): Promise<{ path: string; lastModified: string }[]> {
  const payload = await readerPayload()
  const all = { ...asReader, depth: 0, limit: 5000, pagination: false } as const
  const [stories, people, countries, sections, quotes] = await Promise.all([
    payload.find({ collection: 'articles', ...all, where: published, select: { slug: true, updatedAt: true, authors: true }, sort: '-publishedAt' }),
    payload.find({ collection: 'people', ...all, select: { slug: true, updatedAt: true } }),
    countryIdsInTheNews().then((ids) => payload.find({ collection: 'countries', ...all, where: { id: { in: ids } }, select: { slug: true, updatedAt: true } })),
    payload.find({ collection: 'sections', ...all, select: { slug: true, updatedAt: true } }),
    // Read as any visitor: only quotes open to everyone have a page worth indexing.
    payload.find({ collection: 'quotes', ...all, select: { updatedAt: true } }),
  ])
  const newest = stories.docs[0]?.updatedAt ?? new Date(0).toISOString()
  // Stories come newest first, so the first seen is an author's newest.
  const authorsLastStory = new Map<string, string>()
  for (const story of stories.docs) for (const id of relationIds(story.authors)) if (!authorsLastStory.has(id)) authorsLastStory.set(id, story.updatedAt)
  const authors = await findAuthors({ authors: [...authorsLastStory.keys()] })
  return [
    { path: '/', lastModified: newest },
    ...stories.docs.map((doc) => ({ path: storyPath(doc.slug), lastModified: doc.updatedAt })),
    ...sections.docs.map((doc) => ({ path: sectionPath(doc.slug), lastModified: doc.updatedAt })),
    ...people.docs.map((doc) => ({ path: personPath(doc.slug), lastModified: doc.updatedAt })),
    ...countries.docs.map((doc) => ({ path: countryPath(doc.slug), lastModified: doc.updatedAt })),
    ...quotes.docs.map((doc) => ({ path: quotePath(doc.id), lastModified: doc.updatedAt })),
    ...authors.flatMap((author) => (author.slug ? [{ path: authorPath(author.slug), lastModified: authorsLastStory.get(String(author.id))! }] : [])),
  ]
}

// Google reads only the last two days.
const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000

export async function listRecentStories(now: Date): Promise<Pick<Article, 'slug' | 'title' | 'publishedAt'>[]> {
  const payload = await readerPayload()
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
