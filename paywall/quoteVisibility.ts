import type { Where } from 'payload'

/**
 * A quote's words are the story's own, so away from it they follow its paywall, unless said in public.
 * An unpublished story's quotes are staff-only. Public record, the opening's quotes and a free
 * story's are open to all; the rest only to readers entitled to the text.
 * Written as queries, so the database applies the rule to every list, count and search.
 */

// Applied by collections/access/quoteReaders.ts.
export const QUOTES_OPEN_TO_EVERYONE: Where = {
  and: [{ 'article._status': { equals: 'published' } }, { or: [{ publicRecord: { equals: true } }, { inOpening: { equals: true } }, { 'article.freeToRead': { equals: true } }] }],
}

export const QUOTES_OF_PUBLISHED_STORIES: Where = { 'article._status': { equals: 'published' } }
