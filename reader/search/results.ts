import type { Quote } from '@/payload-types'

import { asReader, cardFields, published, readerPayload, resultPage, sectionNames, type ResultPage, type StorySummary } from '../queries/asReader'
import { personResult, quoteOnEntityPage, type PersonResult } from '../queries/entities'

/**
 * Read again as any visitor: a stale entry, an unpublished story or a withheld quote drops out,
 * and the counts and pages are those of what is shown.
 */
export const searchResults = {
  async stories(ids: (string | number)[], page: number, limit: number): Promise<ResultPage<StorySummary>> {
    const payload = await readerPayload()
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
    const payload = await readerPayload()
    return resultPage(
      await payload.find({ collection: 'people', ...asReader, where: { id: { in: ids } }, select: personResult, sort: 'name', depth: 0, page, limit }),
    )
  },
  async quotes(ids: (string | number)[], page: number, limit: number): Promise<ResultPage<Quote>> {
    const payload = await readerPayload()
    return resultPage(await payload.find({ collection: 'quotes', ...asReader, ...quoteOnEntityPage, where: { id: { in: ids } }, page, limit }))
  },
}
