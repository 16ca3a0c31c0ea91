import type { Where } from 'payload'

/**
 * Who may read a quote's words away from its story (a person's or country's page, the
 * API, search): the words are the story's own, so they follow the story's paywall,
 * unless they were said in public.
 * - A quote of an unpublished story, or of none, is read by staff only (it would reveal
 *   the story before it runs).
 * - A quote marked *public record* (said at a press conference, in a published statement,
 *   reported elsewhere) is read by everyone once its story is published.
 * - So is a quote standing in the story's opening, the part every reader gets (marked by
 *   collections/Articles/openingQuotes.ts), and any quote of a story free to read.
 * - Any other quote is read only by readers entitled to the story's text (subscribers,
 *   and the story page itself, which has already applied the meter).
 * Written as queries, so the database applies the rule to every list, count and search;
 * tested over the Local API (tests/int/quoteVisibility.test.ts) and the leak matrix.
 */

/** The quotes everyone may read, as a query over the quotes collection (collections/access/quoteReaders.ts applies it). */
export const QUOTES_OPEN_TO_EVERYONE: Where = {
  and: [{ 'article._status': { equals: 'published' } }, { or: [{ publicRecord: { equals: true } }, { inOpening: { equals: true } }, { 'article.freeToRead': { equals: true } }] }],
}

/** The quotes an entitled reader may read: those of any published story. */
export const QUOTES_OF_PUBLISHED_STORIES: Where = { 'article._status': { equals: 'published' } }
