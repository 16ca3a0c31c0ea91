import { z } from 'zod'

import type { Quote } from '@/payload-types'
import { type ResultPage, type StorySummary } from '@/reader/queries/asReader'
import { type PersonResult } from '@/reader/queries/entities'
import { searchResults } from '@/reader/search/results'

import { currentIndexes } from './liveIndex'
import { rankedCandidates } from './rankedIndex'
import { type SearchedCollection } from './searchIndex'
import { MAX_QUERY_LENGTH, queryStemsOf, queryTermsOf } from './terms'

export const RESULT_KINDS = ['stories', 'people', 'quotes'] as const
export type ResultKind = (typeof RESULT_KINDS)[number]

const COLLECTION_OF: Record<ResultKind, SearchedCollection> = {
  stories: 'articles',
  people: 'people',
  quotes: 'quotes',
}

export const PREVIEW_SIZE = 5
export const PAGE_SIZE = 10
// An index entry only nominates a document; the collection's own query says which are shown.
const CANDIDATES = 500
const MAX_PAGE = 50

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value)

const querySchema = z
  .string()
  .trim()
  .max(MAX_QUERY_LENGTH, `That search is too long: keep it under ${MAX_QUERY_LENGTH} characters.`)
  .refine((query) => queryStemsOf(query).length > 0, 'Search for a word of at least two letters or digits.')

// A wrong value falls back to the first page of every group.
const browsingSchema = z.object({
  kind: z.preprocess(firstValue, z.enum(RESULT_KINDS).optional().catch(undefined)),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(MAX_PAGE).catch(1)),
})

export type SearchOutcome =
  | { state: 'empty' }
  | { state: 'refused'; query: string; message: string }
  | {
      state: 'searched'
      query: string
      stems: string[]
      kind: ResultKind | undefined
      groups: ResultGroups
    }

export type ResultGroups = {
  stories?: ResultPage<StorySummary>
  people?: ResultPage<PersonResult>
  quotes?: ResultPage<Quote>
  // What every reader may read of a found story: its excerpt.
  storyTexts: Map<string, string>
}

export async function searchSite(params: Record<string, unknown>): Promise<SearchOutcome> {
  const typed = firstValue(params.q)
  if (typeof typed !== 'string' || typed.trim() === '') return { state: 'empty' }
  const judged = querySchema.safeParse(typed)
  if (!judged.success)
    return {
      state: 'refused',
      query: typed.trim().slice(0, MAX_QUERY_LENGTH),
      message: judged.error.issues[0].message,
    }
  const query = judged.data
  const { kind, page } = browsingSchema.parse(params)
  const terms = queryTermsOf(query)
  const stems = terms.map((term) => term.stem)
  const kinds = kind ? [kind] : RESULT_KINDS
  const groups: ResultGroups = { storyTexts: new Map() }
  const indexes = await currentIndexes()
  await Promise.all(
    kinds.map(async (each) => {
      const candidates = rankedCandidates(indexes, COLLECTION_OF[each], terms, CANDIDATES)
      // A quote is shown from the quote, as its access rule allows, never from its entry.
      if (each === 'stories') groups.storyTexts = new Map(candidates.map((candidate) => [String(candidate.id), candidate.text]))
      const ids = candidates.map((candidate) => candidate.id)
      const [pageNumber, size] = kind ? [page, PAGE_SIZE] : [1, PREVIEW_SIZE]
      if (each === 'stories') groups.stories = await searchResults.stories(ids, pageNumber, size)
      if (each === 'people') groups.people = await searchResults.people(ids, pageNumber, size)
      if (each === 'quotes') groups.quotes = await searchResults.quotes(ids, pageNumber, size)
    }),
  )
  return { state: 'searched', query, stems, kind, groups }
}
