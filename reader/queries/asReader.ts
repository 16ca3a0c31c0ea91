import { getPayload, type Where } from 'payload'
import config from '@payload-config'

import type { Article } from '@/payload-types'

/**
 * Every query the reader site makes goes through here. Each one runs as an
 * anonymous visitor (`overrideAccess: false`, no user) with an explicit
 * published filter, so access rules decide what readers can get.
 */
export const asReader = { overrideAccess: false, draft: false } as const
export const published: Where = { _status: { equals: 'published' } }

export const cardFields = { title: true, slug: true, dek: true, section: true, heroImage: true, publishedAt: true } as const
// A story's section is shown by name (the kicker): nothing else of it is loaded.
export const sectionNames = { sections: { name: true, slug: true } } as const


/** A published story as a card, a list or a feed shows it: headline, standfirst, section, photo, date. */
export type StorySummary = Pick<Article, 'id' | 'title' | 'slug' | 'dek' | 'section' | 'heroImage' | 'publishedAt'>

/** One page of results, as the search page shows it. */
export type ResultPage<Doc> = { docs: Doc[]; total: number; page: number; totalPages: number }

export const resultPage = <Doc,>(result: { docs: Doc[]; totalDocs: number; page?: number; totalPages: number }): ResultPage<Doc> => ({
  docs: result.docs,
  total: result.totalDocs,
  page: result.page ?? 1,
  totalPages: result.totalPages,
})


/** Payload, for a reader's query. */
export const readerPayload = () => getPayload({ config })
