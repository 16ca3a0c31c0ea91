import MiniSearch from 'minisearch'

import type { SearchedCollection } from './searchIndex'
import { stemOf, wordsOf } from './terms'

/**
 * The index entries in memory, ranked by BM25 (MiniSearch): a query word matches a stem it begins
 * or, from five letters, one a typo away; every word must match. Decision 008.
 */
export type IndexedEntry = { key: string; collection: SearchedCollection; docId: string | number; title: string; text: string; terms: string }
export type RankedCandidate = { id: string | number; text: string }

// The headline (a person's name, a quote's words) counts over the rest of `terms`: standfirst, names,
// countries and opening weigh alike until the index keeps them apart.
const BOOST = { title: 3, terms: 1 }
const TYPO_FROM_LENGTH = 5

export function rankedIndexOf(entries: IndexedEntry[]): MiniSearch<IndexedEntry> {
  const index = new MiniSearch<IndexedEntry>({
    idField: 'key',
    fields: ['title', 'terms'],
    storeFields: ['collection', 'docId', 'text'],
    tokenize: wordsOf,
    // `terms` holds stems already; the headline is stemmed as the query is.
    processTerm: (term, field) => (field === 'terms' ? term : stemOf(term)) || null,
    searchOptions: {
      boost: BOOST,
      combineWith: 'AND',
      prefix: true,
      fuzzy: (term) => (term.length >= TYPO_FROM_LENGTH ? 0.2 : false),
      // The query arrives as stems (terms.ts#queryStemsOf).
      processTerm: (term) => term,
    },
  })
  index.addAll(entries)
  return index
}

type StoredEntry = { doc: { relationTo: SearchedCollection; value: unknown }; title?: string | null; text?: string | null; terms?: string | null }

export const indexedEntriesOf = (entries: StoredEntry[]): IndexedEntry[] =>
  entries.map((entry) => ({
    key: `${entry.doc.relationTo}:${String(entry.doc.value)}`,
    collection: entry.doc.relationTo,
    docId: entry.doc.value as string | number,
    title: entry.title ?? '',
    text: entry.text ?? '',
    terms: entry.terms ?? '',
  }))

export function rankedCandidates(index: MiniSearch<IndexedEntry>, collection: SearchedCollection, stems: string[], limit: number): RankedCandidate[] {
  return index
    .search(stems.join(' '), { filter: (result) => result.collection === collection })
    .slice(0, limit)
    .map((result) => ({ id: result.docId as string | number, text: (result.text as string | undefined) ?? '' }))
}
