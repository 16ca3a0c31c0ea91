import { describe, expect, it } from 'vitest'

import { type IndexedEntry, rankedCandidates, rankedIndexesOf } from '@/reader/search/rankedIndex'
import { type FieldTexts, fieldTermsOf, queryTermsOf } from '@/reader/search/terms'

/** The ranking (reader/search/rankedIndex.ts) on entries as reader/search/entries.ts writes them. */
const story = (id: number, fields: FieldTexts, text = ''): IndexedEntry => ({ collection: 'articles', docId: id, terms: fieldTermsOf(fields), text })

const DEK = 'Ministers met in La Paz to talk about the budget and the army.'
const OPENING = 'Lawmakers argued late into the night over the defence budget, the roads and the schools of the highlands.'

// Listed worst match first, so an order by position alone would fail every test.
const STORIES = [
  story(1, { headline: ['A quiet week in the capital'], standfirst: [DEK], opening: [`${OPENING} Novillo was not there. Drones flew.`] }, 'The opening.'),
  story(2, { headline: ['Budget talks stall'], standfirst: ['Novillo and the drones were the talk of La Paz again this week.'], opening: [OPENING] }),
  story(3, { headline: ['Defence minister feels the pressure'], names: ['Edmundo Novillo', 'Bolivia'], standfirst: [DEK], opening: [OPENING] }),
  story(4, { headline: ['Novillo buys Iranian drones'], names: ['Bolivia'], standfirst: [DEK], opening: [OPENING] }),
  story(5, { headline: ['The EU and the lake'], standfirst: [DEK], opening: [OPENING] }),
]
const QUOTE: IndexedEntry = { collection: 'quotes', docId: 9, terms: fieldTermsOf({ headline: ['Drones will come'], names: ['Edmundo Novillo'] }), text: 'Drones will come' }
const indexes = rankedIndexesOf([...STORIES, QUOTE])
const found = (query: string, collection: IndexedEntry['collection'] = 'articles') =>
  rankedCandidates(indexes, collection, queryTermsOf(query), 10).map((candidate) => candidate.id)

describe('ranked search over the index entries', () => {
  it('ranks a headline match above a standfirst-only one above an opening-only one', () => {
    expect(found('drones')).toEqual([4, 2, 1])
  })

  it('ranks a story naming the person between one with them in its headline and one in its standfirst', () => {
    expect(found('Novillo')).toEqual([4, 3, 2, 1])
  })

  it('finds a word of five letters or more typed one letter wrong, in the same order', () => {
    expect(found('Novilo')).toEqual([4, 3, 2, 1])
    expect(found('Novillp')).toEqual([4, 3, 2, 1])
    expect(found('Novilo', 'quotes')).toEqual([9])
  })

  it('takes no typo in a shorter word, but still matches its beginning', () => {
    expect(found('EU')).toEqual([5])
    // "un" is one letter from "eu": a two-letter word is never fuzzed.
    expect(found('UN')).toEqual([])
    expect(found('lakr')).toEqual([])
    expect(found('dron')).toEqual([4, 2, 1])
  })

  it('needs every word, and keeps each kind apart', () => {
    expect(found('drones Bolivia')).toEqual([4])
    expect(found('drones Venezuela')).toEqual([])
    expect(found('Edmundo')).toEqual([3])
    expect(found('Edmundo', 'quotes')).toEqual([9])
    expect(found('Edmundo', 'people')).toEqual([])
  })

  it('keeps a story’s visible text for its excerpt, and never a quote’s words', () => {
    expect(rankedCandidates(indexes, 'articles', queryTermsOf('quiet'), 10)).toEqual([{ id: 1, text: 'The opening.' }])
    expect(rankedCandidates(indexes, 'quotes', queryTermsOf('drones'), 10)).toEqual([{ id: 9, text: '' }])
  })

  it('shows matches that rank alike in the order the entries came', () => {
    const alike = rankedIndexesOf([story(7, { headline: ['Drones again'] }), story(6, { headline: ['Drones again'] })])
    expect(rankedCandidates(alike, 'articles', queryTermsOf('drones'), 10).map((candidate) => candidate.id)).toEqual([7, 6])
  })
})
