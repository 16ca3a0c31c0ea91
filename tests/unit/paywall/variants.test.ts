import { describe, expect, it } from 'vitest'

import { remainingNotice } from '@/paywall/gateCopy'
import { parseVariantSegment, variantSegment } from '@/paywall/variants'

describe('story variants', () => {
  it.each([
    [{ kind: 'full' } as const, 'full'],
    [{ kind: 'gated' } as const, 'gated'],
    [{ kind: 'metered', remaining: 2 } as const, 'metered-2'],
    [{ kind: 'metered', remaining: 0 } as const, 'metered-0'],
  ])('names %j as %s and reads it back', (variant, segment) => {
    expect(variantSegment(variant)).toBe(segment)
    expect(parseVariantSegment(segment)).toEqual(variant)
  })

  it.each(['', 'FULL', 'metered-', 'metered-01', 'metered--1', 'metered-99', 'metered-2x', 'draft', 'preview'])(
    'rejects the unknown variant %j',
    (segment) => {
      expect(parseVariantSegment(segment)).toBeNull()
    },
  )
})

describe('the remaining-articles notice', () => {
  it.each([
    [2, 'You have 2 free articles remaining. Subscribe for unlimited access.'],
    [1, 'You have 1 free article remaining. Subscribe for unlimited access.'],
    [0, 'You have 0 free articles remaining. Subscribe for unlimited access.'],
  ])('reads correctly for %i', (remaining, text) => {
    expect(remainingNotice(remaining)).toBe(text)
  })
})
