import { describe, expect, it } from 'vitest'

import { rankedCandidates, rankedIndexesOf } from '@/reader/search/rankedIndex'
import { excerptAround, fieldTermsOf, highlight, indexTermsOf, MAX_QUERY_WORDS, queryStemsOf, queryTermsOf, stemsByField } from '@/reader/search/terms'

/** What the search page does with a text's stems: the ranked index finds it, or not. */
const matches = (text: string, query: string): boolean => {
  const indexes = rankedIndexesOf([{ collection: 'articles', docId: 1, terms: fieldTermsOf({ opening: [text] }) }])
  return rankedCandidates(indexes, 'articles', queryTermsOf(query), 10).length === 1
}

describe('search terms', () => {
  it('finds a word in any of its forms: "drone" finds "drones", "raising" finds "raises"', () => {
    expect(matches('Bolivia’s interest in Iranian drones', 'drone')).toBe(true)
    expect(matches('Bolivia’s interest in Iranian drone', 'drones')).toBe(true)
    expect(matches('It raises concerns', 'raising')).toBe(true)
  })

  it('matches the beginning of a word, never its middle: "port" is not in "exports" or "reported"', () => {
    expect(matches('Iran exports drones, it was reported', 'port')).toBe(false)
    expect(matches('The port of Arica', 'port')).toBe(true)
    expect(matches('Mohamad Reza Ashtiani', 'Ashti')).toBe(true)
  })

  it('needs every word of the query', () => {
    expect(matches('Iranian drones in Bolivia', 'drones Bolivia')).toBe(true)
    expect(matches('Iranian drones in Bolivia', 'drones Venezuela')).toBe(false)
  })

  it('ignores case, accents and possessives', () => {
    expect(matches('Bolivia’s defence minister', 'BOLIVIA')).toBe(true)
    expect(matches('Ashtiāni said', 'ashtiani')).toBe(true)
    expect(matches('José Martí', 'jose marti')).toBe(true)
  })

  it('leaves out stop words and single letters, unless nothing else is asked', () => {
    expect(queryStemsOf('the drones of Iran')).toEqual(['drone', 'iran'])
    expect(queryStemsOf('the')).toEqual(['the'])
    expect(queryStemsOf('U.S.')).toEqual([])
    expect(queryStemsOf('!!! ???')).toEqual([])
  })

  it('keeps a long query to its first words, each once', () => {
    const stems = queryStemsOf('drone drones alpha beta gamma delta epsilon zeta eta theta iota kappa')
    expect(stems).toHaveLength(MAX_QUERY_WORDS)
    expect(stems[0]).toBe('drone')
    expect(stems.filter((stem) => stem === 'drone')).toHaveLength(1)
  })

  it('indexes each stem once, between bars, and nothing for an empty text', () => {
    expect(indexTermsOf('Drones, drones and a drone', null)).toBe('|drone|and|a|')
    expect(indexTermsOf('', undefined)).toBe('')
  })

  it('keeps each field on its own line, and reads an entry from before fields as its opening', () => {
    const terms = fieldTermsOf({ headline: ['Iranian drones'], names: ['Ashtiani', null], opening: ['Drones flew.'] })
    expect(terms).toBe('headline|iranian|drone|\nnames|ashtiani|\nopening|drone|flew|')
    expect(stemsByField(terms)).toEqual({ headline: ['iranian', 'drone'], names: ['ashtiani'], standfirst: [], opening: ['drone', 'flew'] })
    expect(stemsByField('|bolivia|drone|')).toEqual({ headline: [], names: [], standfirst: [], opening: ['bolivia', 'drone'] })
  })

  it('remembers how long each query word was typed, for typos', () => {
    expect(queryTermsOf('Drones Bolivia’s dron')).toEqual([
      { stem: 'drone', letters: 6 },
      { stem: 'bolivia', letters: 9 },
      { stem: 'dron', letters: 4 },
    ])
  })
})

describe('highlighting', () => {
  it('marks every word that matches and keeps the text whole', () => {
    const pieces = highlight('Iran’s drones: a drone program', ['drone'])
    expect(pieces).toEqual([
      { text: 'Iran’s ', match: false },
      { text: 'drones', match: true },
      { text: ': a ', match: false },
      { text: 'drone', match: true },
      { text: ' program', match: false },
    ])
    expect(pieces.map((piece) => piece.text).join('')).toBe('Iran’s drones: a drone program')
  })

  it('marks nothing when nothing matches', () => {
    expect(highlight('Bolivia', ['iran'])).toEqual([{ text: 'Bolivia', match: false }])
  })
})

describe('excerpts', () => {
  const words = Array.from({ length: 100 }, (_, index) => `word${index}`)
  const text = [...words.slice(0, 60), 'drones', ...words.slice(60)].join(' ')

  it('cuts a long text around its first match, at word boundaries, with ellipses', () => {
    const excerpt = excerptAround(text, ['drone'], 120)
    expect(excerpt).toContain('drones')
    expect(excerpt).toMatch(/^… word\d+ /)
    expect(excerpt).toMatch(/ word\d+ …$/)
    expect(excerpt!.length).toBeLessThanOrEqual(124)
  })

  it('keeps a short text whole, and has no excerpt without a match', () => {
    expect(excerptAround('Iranian drones', ['drone'])).toBe('Iranian drones')
    expect(excerptAround(text, ['venezuela'])).toBeNull()
  })
})
