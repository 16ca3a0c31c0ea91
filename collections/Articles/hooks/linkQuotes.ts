import type { CollectionAfterChangeHook } from 'payload'

import { markQuotesInOpening } from '../openingQuotes'
import { quoteIdsOfStory } from '../quotesOfStory'

/**
 * Only when the text goes live: a draft saved over a live story changes nothing, as readers still
 * read the published text. Quotes the body dropped stay on record, under no story. A quote filed
 * under another story stays there (it reported it first), and so does one filed by hand.
 */
// As SQLite and MongoDB store no story: null, or missing.
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
  // Filed first: only quotes filed under this story can be marked as in its opening.
  await markQuotesInOpening(req, doc)
  return doc
}
