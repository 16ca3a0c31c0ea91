import { getPayload, type Where } from 'payload'
import config from '@payload-config'

import type { Article } from '@/payload-types'

/**
 * Every reader query runs as an anonymous visitor with an explicit published filter,
 * so the access rules decide what readers can get.
 */
export const asReader = { overrideAccess: false, draft: false } as const
export const published: Where = { _status: { equals: 'published' } }

export const cardFields = { title: true, slug: true, dek: true, section: true, heroImage: true, publishedAt: true } as const
// The kicker shows the section by name: nothing else of it is loaded.
export const sectionNames = { sections: { name: true, slug: true } } as const


export type StorySummary = Pick<Article, 'id' | 'title' | 'slug' | 'dek' | 'section' | 'heroImage' | 'publishedAt'>

export type ResultPage<Doc> = { docs: Doc[]; total: number; page: number; totalPages: number }

export const resultPage = <Doc,>(result: { docs: Doc[]; totalDocs: number; page?: number; totalPages: number }): ResultPage<Doc> => ({
  docs: result.docs,
  total: result.totalDocs,
  page: result.page ?? 1,
  totalPages: result.totalPages,
})


export const readerPayload = () => getPayload({ config })
