import MiniSearch from 'minisearch'

import type { SearchedCollection } from './searchIndex'
import { type QueryTerm, SEARCH_FIELDS, type SearchField, stemsByField } from './terms'

/**
 * The index entries in memory, ranked by BM25 (MiniSearch) with the headline weighing most: a
 * query word matches a stem it begins or, typed with 5 letters or more, one a typo away. Decision 008.
 */

// What an entry holds, no more; `text`: a story's visible opening, kept for its excerpt only.
export type IndexedEntry = { collection: SearchedCollection; docId: string | number; terms: string; text?: string | null }
export type RankedCandidate = { id: string | number; text: string }

// Each field twice the next: a match in a higher field outranks one in a lower field of like length.
export const FIELD_BOOSTS: Record<SearchField, number> = { headline: 8, names: 4, standfirst: 2, opening: 1 }
export const TYPO_FROM_LETTERS = 5

type Indexed = { key: number } & Record<SearchField, string>
type Kept = { docId: string | number; text: string }

// One per kind, so a word's rarity is judged among stories, people or quotes alone.
export type RankedIndexes = Map<SearchedCollection, { search: MiniSearch<Indexed>; kept: Kept[] }>

const words = (text: string) => text.split(' ').filter(Boolean)

function indexOf(entries: IndexedEntry[]): { search: MiniSearch<Indexed>; kept: Kept[] } {
  const search = new MiniSearch<Indexed>({
    idField: 'key',
    fields: [...SEARCH_FIELDS],
    // The terms are stems already, as the query's are (terms.ts#queryTermsOf).
    tokenize: words,
    processTerm: (term) => term,
  })
  const kept: Kept[] = []
  search.addAll(
    entries.map((entry, key) => {
      kept.push({ docId: entry.docId, text: entry.collection === 'articles' ? (entry.text ?? '') : '' })
      const stems = stemsByField(entry.terms)
      return { key, headline: stems.headline.join(' '), names: stems.names.join(' '), standfirst: stems.standfirst.join(' '), opening: stems.opening.join(' ') }
    }),
  )
  return { search, kept }
}

type StoredEntry = { doc: { relationTo: SearchedCollection; value: unknown }; text?: string | null; terms?: string | null }

export const indexedEntriesOf = (entries: StoredEntry[]): IndexedEntry[] =>
  entries.map((entry) => ({
    collection: entry.doc.relationTo,
    docId: entry.doc.value as string | number,
    terms: entry.terms ?? '',
    // A quote's entry text is its words, which its own rule may withhold: never kept.
    text: entry.doc.relationTo === 'articles' ? entry.text : null,
  }))

// `entries` in the order ties are shown: the most recently written first.
export function rankedIndexesOf(entries: IndexedEntry[]): RankedIndexes {
  const byCollection = new Map<SearchedCollection, IndexedEntry[]>()
  for (const entry of entries) {
    const ofIt = byCollection.get(entry.collection)
    if (ofIt) ofIt.push(entry)
    else byCollection.set(entry.collection, [entry])
  }
  return new Map([...byCollection].map(([collection, ofIt]) => [collection, indexOf(ofIt)]))
}

// Every word must match; best first, ties in the order the entries came.
export function rankedCandidates(indexes: RankedIndexes, collection: SearchedCollection, query: QueryTerm[], limit: number): RankedCandidate[] {
  const index = indexes.get(collection)
  if (!index || query.length === 0) return []
  const results = index.search.search(
    // Whether a word may be a typo away depends on how it was typed, not on its stem.
    { combineWith: 'AND', queries: query.map((term) => ({ queries: [term.stem], fuzzy: term.letters >= TYPO_FROM_LETTERS ? 1 : false })) },
    { boost: FIELD_BOOSTS, prefix: true, tokenize: words, processTerm: (term) => term },
  )
  return results
    .sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number))
    .slice(0, limit)
    .map((result) => ({ id: index.kept[result.id as number].docId, text: index.kept[result.id as number].text }))
}
