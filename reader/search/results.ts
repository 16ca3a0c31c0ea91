import type { Where } from 'payload'

import type { Quote } from '@/payload-types'

import { asReader, cardFields, published, readerPayload, sectionNames, type ResultPage, type StorySummary } from '../queries/asReader'
import { personResult, quoteOnEntityPage, type PersonResult } from '../queries/entities'

type Id = string | number
type Shown = 'articles' | 'people' | 'quotes'

/**
 * Read again as any visitor: a stale entry, an unpublished story or a withheld quote drops out,
 * and the counts and pages are those of what is shown, in the order of the ranking.
 */
async function rankedPage<Doc extends { id: Id }>(
  collection: Shown,
  rankedIds: Id[],
  page: number,
  limit: number,
  visibleWhere: Where,
  read: (ids: Id[]) => Promise<Doc[]>,
): Promise<ResultPage<Doc>> {
  if (rankedIds.length === 0) return { docs: [], total: 0, page, totalPages: 0 }
  const payload = await readerPayload()
  const { docs: visible } = await payload.find({
    collection,
    ...asReader,
    where: { and: [visibleWhere, { id: { in: rankedIds } }] },
    select: {},
    depth: 0,
    limit: rankedIds.length,
    pagination: false,
  })
  const shown = new Set(visible.map((doc) => String(doc.id)))
  const ranked = rankedIds.filter((id) => shown.has(String(id)))
  const onPage = ranked.slice((page - 1) * limit, page * limit)
  const place = new Map(onPage.map((id, at) => [String(id), at]))
  const docs = onPage.length === 0 ? [] : (await read(onPage)).sort((a, b) => place.get(String(a.id))! - place.get(String(b.id))!)
  return { docs, total: ranked.length, page, totalPages: Math.ceil(ranked.length / limit) }
}

export const searchResults = {
  stories: (ids: Id[], page: number, limit: number): Promise<ResultPage<StorySummary>> =>
    rankedPage('articles', ids, page, limit, published, async (onPage) => {
      const payload = await readerPayload()
      const { docs } = await payload.find({
        collection: 'articles',
        ...asReader,
        where: { and: [published, { id: { in: onPage } }] },
        select: cardFields,
        populate: sectionNames,
        depth: 1,
        limit: onPage.length,
        pagination: false,
      })
      return docs as StorySummary[]
    }),
  people: (ids: Id[], page: number, limit: number): Promise<ResultPage<PersonResult>> =>
    rankedPage('people', ids, page, limit, {}, async (onPage) => {
      const payload = await readerPayload()
      const { docs } = await payload.find({ collection: 'people', ...asReader, where: { id: { in: onPage } }, select: personResult, depth: 0, limit: onPage.length, pagination: false })
      return docs as PersonResult[]
    }),
  quotes: (ids: Id[], page: number, limit: number): Promise<ResultPage<Quote>> =>
    rankedPage('quotes', ids, page, limit, {}, async (onPage) => {
      const payload = await readerPayload()
      const { docs } = await payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { id: { in: onPage } }, limit: onPage.length, pagination: false })
      return docs
    }),
}
