import type { Where } from 'payload'

import type { Quote } from '@/payload-types'

import { asReader, cardFields, published, readerPayload, sectionNames, type ResultPage, type StorySummary } from '../queries/asReader'
import { personResult, quoteOnEntityPage, type PersonResult } from '../queries/entities'

type Id = string | number
type Shown = 'articles' | 'people' | 'quotes'

/**
 * Read again as any visitor: a stale entry, an unpublished story or a withheld quote drops out,
 * and the counts and pages are those of what is shown, in the ranking's order.
 */
async function rankedPage<Doc extends { id: Id }>(
  collection: Shown,
  rankedIds: Id[],
  page: number,
  limit: number,
  visible: Where | null,
  read: (ids: Id[], where: Where) => Promise<Doc[]>,
): Promise<ResultPage<Doc>> {
  if (rankedIds.length === 0) return { docs: [], total: 0, page, totalPages: 0 }
  const among = (ids: Id[]): Where => ({ and: [...(visible ? [visible] : []), { id: { in: ids } }] })
  const payload = await readerPayload()
  // Which candidates a visitor may see, ids only: the page's documents are read after.
  const { docs: seen } = await payload.find({
    collection,
    ...asReader,
    where: among(rankedIds),
    select: { createdAt: true },
    depth: 0,
    limit: rankedIds.length,
    pagination: false,
  })
  const shown = new Set(seen.map((doc) => String(doc.id)))
  const ranked = rankedIds.filter((id) => shown.has(String(id)))
  const onPage = ranked.slice((page - 1) * limit, page * limit)
  const place = new Map(onPage.map((id, at) => [String(id), at]))
  const docs = onPage.length === 0 ? [] : await read(onPage, among(onPage))
  docs.sort((a, b) => (place.get(String(a.id)) ?? 0) - (place.get(String(b.id)) ?? 0))
  return { docs, total: ranked.length, page, totalPages: Math.ceil(ranked.length / limit) }
}

export const searchResults = {
  stories: (ids: Id[], page: number, limit: number): Promise<ResultPage<StorySummary>> =>
    rankedPage('articles', ids, page, limit, published, async (onPage, where) => {
      const payload = await readerPayload()
      const { docs } = await payload.find({
        collection: 'articles',
        ...asReader,
        where,
        select: cardFields,
        populate: sectionNames,
        depth: 1,
        limit: onPage.length,
        pagination: false,
      })
      return docs
    }),
  people: (ids: Id[], page: number, limit: number): Promise<ResultPage<PersonResult>> =>
    rankedPage('people', ids, page, limit, null, async (onPage, where) => {
      const payload = await readerPayload()
      const { docs } = await payload.find({ collection: 'people', ...asReader, where, select: personResult, depth: 0, limit: onPage.length, pagination: false })
      return docs
    }),
  quotes: (ids: Id[], page: number, limit: number): Promise<ResultPage<Quote>> =>
    rankedPage('quotes', ids, page, limit, null, async (onPage, where) => {
      const payload = await readerPayload()
      const { docs } = await payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where, limit: onPage.length, pagination: false })
      return docs
    }),
}
