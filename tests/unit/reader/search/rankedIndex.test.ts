import { describe, expect, it } from 'vitest'

import { type IndexedEntry, rankedCandidates, rankedIndexOf } from '@/reader/search/rankedIndex'
import { indexTermsOf, queryStemsOf } from '@/reader/search/terms'

const story = (id: number, headline: string, rest: string): IndexedEntry => ({
  key: `articles:${id}`,
  collection: 'articles',
  docId: id,
  title: headline,
  text: rest,
  terms: indexTermsOf(headline, rest),
})

const STORIES = [
  story(1, 'Budget talks stall in La Paz', 'Lawmakers argued late; one mentioned drones in passing.'),
  story(2, 'Iranian drones for Bolivia worry Washington', 'The purchase of drones raises concerns.'),
  story(3, 'Novillo defends the defence budget', 'Edmundo Novillo spoke to reporters.'),
  story(4, 'A quiet week at the border', 'Nothing of note.'),
]
const person: IndexedEntry = { key: 'people:9', collection: 'people', docId: 9, title: 'Edmundo Novillo', text: 'Minister of Defence', terms: indexTermsOf('Edmundo Novillo', 'Minister of Defence') }
const index = rankedIndexOf([...STORIES, person])
const found = (query: string, collection: IndexedEntry['collection'] = 'articles') =>
  rankedCandidates(index, collection, queryStemsOf(query), 10).map((candidate) => candidate.id)

describe('ranked search over the index', () => {
  it('ranks a story with the word in its headline above one that mentions it in passing', () => {
    expect(found('drones')).toEqual([2, 1])
  })

  it('finds a name typed with a typo, from five letters', () => {
    expect(found('Novilo')).toEqual([3])
    expect(found('Novilo', 'people')).toEqual([9])
  })

  it('takes no typo in a short word: "dron" is a beginning, "drama" finds nothing', () => {
    expect(found('dron')).toEqual([2, 1])
    expect(found('lawmaker')).toEqual([1])
    expect(found('drama')).toEqual([])
  })

  it('needs every word, and keeps each kind apart', () => {
    expect(found('drones Washington')).toEqual([2])
    expect(found('drones Venezuela')).toEqual([])
    expect(found('Edmundo', 'quotes')).toEqual([])
  })

  it('shows a story by its entry text, the part every reader may read', () => {
    expect(rankedCandidates(index, 'articles', queryStemsOf('border'), 10)).toEqual([{ id: 4, text: 'Nothing of note.' }])
  })
})
