import { describe, expect, it } from 'vitest'

import { rankRelated, type RailStory } from '@/reader/rankRelated'

const story = (id: string, peopleIds: string[], countryIds: string[], publishedAt: string | null): RailStory => ({
  id,
  peopleIds,
  countryIds,
  publishedAt,
})

const current = story('main', ['novillo', 'ashtiani'], ['bo', 'ir', 'us'], '2023-07-25')
const candidates = [
  story('old-unrelated', [], [], '2023-01-01'),
  story('new-unrelated', [], [], '2023-09-01'),
  story('one-country', [], ['bo'], '2023-07-01'),
  story('one-person', ['novillo'], [], '2023-07-01'),
  story('person-and-countries', ['ashtiani'], ['ir', 'bo'], '2023-07-02'),
  story('main', ['novillo'], ['bo'], '2023-07-25'),
]

describe('the "other content" rail', () => {
  it('ranks by shared people, then shared countries, then recency', () => {
    expect(rankRelated({ story: current, editorPicks: [], candidates, limit: 10 })).toEqual([
      'person-and-countries',
      'one-person',
      'one-country',
      'new-unrelated',
      'old-unrelated',
    ])
  })

  it('never lists the story itself', () => {
    expect(rankRelated({ story: current, editorPicks: ['main'], candidates, limit: 10 })).not.toContain('main')
  })

  it('puts editor picks first, once, and ignores picks that are not available', () => {
    const ranked = rankRelated({ story: current, editorPicks: ['old-unrelated', 'gone', 'old-unrelated'], candidates, limit: 3 })
    expect(ranked).toEqual(['old-unrelated', 'person-and-countries', 'one-person'])
  })

  it('stops at the limit', () => {
    expect(rankRelated({ story: current, editorPicks: [], candidates, limit: 4 })).toHaveLength(4)
  })

  it('orders stories without a date last', () => {
    const undated = story('undated', [], [], null)
    expect(rankRelated({ story: current, editorPicks: [], candidates: [undated, ...candidates], limit: 10 }).at(-1)).toBe('undated')
  })

  it('breaks a tie of affinity and date the same way every time', () => {
    const twins = [story('b-twin', ['novillo'], [], '2023-07-01'), story('a-twin', ['novillo'], [], '2023-07-01')]
    expect(rankRelated({ story: current, editorPicks: [], candidates: twins, limit: 2 })).toEqual(['a-twin', 'b-twin'])
    expect(rankRelated({ story: current, editorPicks: [], candidates: [...twins].reverse(), limit: 2 })).toEqual(['a-twin', 'b-twin'])
  })

  it('fills the rail by recency for a story that names no people or countries', () => {
    const loner = story('loner', [], [], '2023-08-01')
    expect(rankRelated({ story: loner, editorPicks: [], candidates, limit: 6 })).toEqual(['new-unrelated', 'main', 'person-and-countries', 'one-country', 'one-person', 'old-unrelated'])
  })

  it('still gives a story with few neighbours a full rail, the neighbours first, then the newest', () => {
    const few = story('few', ['ashtiani'], [], '2023-08-01')
    expect(rankRelated({ story: few, editorPicks: [], candidates, limit: 4 })).toEqual(['person-and-countries', 'new-unrelated', 'main', 'one-country'])
  })
})

