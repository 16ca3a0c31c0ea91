import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  MAX_HEADLINE_CHARACTERS,
  MAX_STORY_CHARACTERS,
  proposeImport,
  type ImportResult,
  type KnownEntities,
} from '@/newsroom/importer'

const nobodyKnown: KnownEntities = { people: [], countries: [] }
const scrapedPage = fs.readFileSync(new URL('../../../../seed/story.txt', import.meta.url), 'utf8')

const errorOf = (result: ImportResult): string => {
  if (result.ok) throw new Error('expected the importer to refuse the text')
  return result.error
}

describe('text the importer refuses, saying what to do instead', () => {
  it('refuses an empty paste and asks for the story', () => {
    expect(errorOf(proposeImport('', nobodyKnown))).toMatch(/empty.*paste the story/i)
  })

  it('refuses a paste of nothing but whitespace', () => {
    expect(errorOf(proposeImport(' \n\t\r\n  \u00a0\n', nobodyKnown))).toMatch(/empty/i)
  })

  it('refuses a 5 MB paste at once, naming the limit, without reading it all', () => {
    const huge = 'Headline\n\n' + 'A paragraph of a very long paste. '.repeat(150_000)
    expect(huge.length).toBeGreaterThan(5_000_000)
    const started = performance.now()
    const error = errorOf(proposeImport(huge, nobodyKnown))
    expect(performance.now() - started).toBeLessThan(50)
    expect(error).toContain('200,000 characters')
    expect(error).toMatch(/paste a single story/i)
  })

  it('accepts a story right at the limit and reads it in seconds, not minutes', () => {
    const story = scrapedPage.split('Check out our other content')[0]!
    const atLimit = (story + '\n\n').repeat(Math.ceil(MAX_STORY_CHARACTERS / story.length)).slice(0, MAX_STORY_CHARACTERS)
    const started = performance.now()
    const result = proposeImport(atLimit, nobodyKnown)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(result.ok).toBe(true)
  })

  it('refuses binary data: NUL bytes', () => {
    expect(errorOf(proposeImport('Headline\n\nBody\u0000\u0000\u0001PK\u0003\u0004', nobodyKnown))).toMatch(
      /does not look like text.*NUL/i,
    )
  })

  it('refuses binary data: a high share of control or replacement characters', () => {
    const garbled = 'Headline\n\n' + '\ufffd\u0002ab\u0019\ufffdcd'.repeat(200)
    expect(errorOf(proposeImport(garbled, nobodyKnown))).toMatch(/does not look like text.*copy the story's text/i)
  })

  it('still reads a story with the odd replacement character in it', () => {
    expect(proposeImport(scrapedPage.replace('Tehran', 'Tehr\ufffdn'), nobodyKnown).ok).toBe(true)
  })

  it('refuses a page that is only chrome: no headline', () => {
    const chromeOnly =
      'No menu items!\n\nPhoto Internet reproduction.\n\n×\nYou have free article(s) remaining. Subscribe for unlimited access.\n'
    expect(errorOf(proposeImport(chromeOnly, nobodyKnown))).toMatch(/no headline found.*only page chrome/i)
  })

  it('refuses a first line too long to be a headline, and says where the headline goes', () => {
    const error = errorOf(proposeImport(`${'A very long opening sentence that goes on. '.repeat(10)}\n\nBody.\n`, nobodyKnown))
    expect(error).toMatch(/no headline found/i)
    expect(error).toContain(`at most ${MAX_HEADLINE_CHARACTERS}`)
    expect(error).toMatch(/headline alone on the first line/i)
  })

  it('refuses a headline with no story after it, even when the rail follows', () => {
    expect(errorOf(proposeImport('A headline\n', nobodyKnown))).toMatch(/headline \(“A headline”\) but no story after it/)
    expect(errorOf(proposeImport('A headline\n\nCheck out our other content\n\nAnother story\n', nobodyKnown))).toMatch(
      /no story after it/,
    )
  })

  it('refuses the newsroom’s records when they are malformed, naming the field', () => {
    const error = errorOf(proposeImport(scrapedPage, { people: [], countries: [{ name: 'Bolivia', iso: 'bo' }] }))
    expect(error).toContain('known.countries[0].iso')
    expect(error).toContain('ISO 3166-1 alpha-2')
  })

  it('never throws, whatever a caller without types hands it', () => {
    const untyped = proposeImport as (text: unknown, known: unknown) => ImportResult
    expect(errorOf(untyped(undefined, nobodyKnown))).toMatch(/must be given as text/)
    expect(errorOf(untyped(scrapedPage, null))).toMatch(/could not be read/)
  })

  it('never throws on scrambled pastes: stray marks, half names and lone verbs', () => {
    const pieces = [
      '“',
      '”',
      '"',
      ',',
      '.',
      ':',
      ' said',
      ' Ruiz',
      ' the minister',
      ' he',
      ' Peru’s',
      ' According to',
      ' Sen.',
      ' de',
      ' al-Mansouri',
      '?',
      '\n',
      '\n\n',
      ' told',
      ' EFE',
      ' reported by',
      ' U.S.',
      ' ×',
    ]
    let seed = 7
    const next = () => (seed = (seed * 16_807) % 2_147_483_647)
    for (let paste = 0; paste < 200; paste += 1) {
      let text = 'Headline\n\nBody'
      for (let piece = next() % 120; piece > 0; piece -= 1) text += pieces[next() % pieces.length]
      const result = proposeImport(text, nobodyKnown)
      if (result.ok) {
        for (const quote of result.proposal.quotes) expect(result.proposal.paragraphs[quote.paragraph]).toBeDefined()
      }
    }
  })
})
