import type { CollectionAfterChangeHook } from 'payload'

import { markQuotesInOpening } from '../openingQuotes'
import { quoteIdsOfStory } from '../quotesOfStory'

/**
 * The body is the single source of truth for a story's quotes: when a story's text
 * becomes what readers read (it is published, or it has never been live), the quotes
 * its body holds are filed under it, and those its body had filed and no longer holds
 * are taken off it (kept on record, under no story). A draft saved over a live story
 * changes nothing yet: readers still read the published text, and its quotes.
 * A quote already filed under another story stays there (that story reported it first),
 * and one filed under this story by hand (through the API) stays too.
 */
// No story: a null or a missing relation, as SQLite and MongoDB store it.
const UNFILED = { or: [{ article: { exists: false } }, { article: { equals: null } }] }

export const linkQuotes: CollectionAfterChangeHook = async ({ doc, req }) => {
  const textIsLive = doc._status === 'published' || !doc.publishedAt
  if (!textIsLive) return doc
  const inBody = quoteIdsOfStory(doc)
  const update = (where: object, article: string | number | null) =>
    req.payload.update({
      collection: 'quotes',
      where: where as never,
      data: { article, filedFromBody: article !== null } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
  const results = await Promise.all([
    inBody.length > 0 ? update({ and: [{ id: { in: inBody } }, UNFILED] }, doc.id) : null,
    update(
      { and: [{ article: { equals: doc.id } }, { filedFromBody: { equals: true } }, ...(inBody.length > 0 ? [{ id: { not_in: inBody } }] : [])] },
      null,
    ),
  ])
  // A bulk update reports what it could not save instead of throwing (see Media/showToReaders.ts).
  const failed = results.flatMap((result) => result?.errors ?? [])
  if (failed.length > 0) throw new Error(`Could not file the quotes ${failed.map((error) => error.id).join(', ')} under this story: ${failed[0].message}`)
  // Filed first: only the quotes filed under this story are marked as in its opening.
  await markQuotesInOpening(req, doc)
  return doc
}
