import { describe, expect, it } from 'vitest'

import { placeQuotes } from '@/newsroom/importer/place'

const paragraphs = ['He said “yes” and she said “yes” too.', 'Nobody said “no”.']

describe('placing kept quotes in their paragraphs', () => {
  it('finds each quote where it stands', () => {
    expect(placeQuotes(paragraphs, [{ text: 'no', paragraph: 1 }])).toEqual({ ok: true, starts: [13] })
  })

  it('gives the same words quoted twice in a paragraph their two places, in order', () => {
    expect(placeQuotes(paragraphs, [{ text: 'yes', paragraph: 0 }, { text: 'yes', paragraph: 0 }])).toEqual({ ok: true, starts: [9, 28] })
  })

  it('says which quote is not in the paragraph it is said to stand in', () => {
    expect(placeQuotes(paragraphs, [{ text: 'no', paragraph: 1 }, { text: 'no', paragraph: 0 }, { text: 'yes', paragraph: 7 }])).toEqual({
      ok: false,
      problems: [
        { index: 1, message: 'is not in the paragraph it is said to stand in' },
        { index: 2, message: 'is not in the paragraph it is said to stand in' },
      ],
    })
  })

  it('refuses quotes whose words overlap, which one mark cannot hold', () => {
    const result = placeQuotes(paragraphs, [{ text: '“yes” and', paragraph: 0 }, { text: 'and she', paragraph: 0 }])
    expect(result).toEqual({ ok: false, problems: [{ index: 1, message: 'overlaps another quote kept in the same paragraph: keep one of them' }] })
  })
})
