import { describe, expect, it } from 'vitest'

import { remainingNotice } from '@/paywall/gateCopy'
import { parseVariantSegment, variantSegment } from '@/paywall/variants'

describe('story variants', () => {
  it.each([
    [{ kind: 'full' } as const, 'full'],
    [{ kind: 'gated' } as const, 'gated'],
    [{ kind: 'metered', remaining: 2 } as const, 'metered-2'],
    [{ kind: 'metered', remaining: 0 } as const, 'metered-0'],
    [{ kind: 'metered', remaining: 0, reread: true } as const, 'metered-0-reread'],
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
    [0, 'This is your last free article. Subscribe for unlimited access.'],
  ])('reads correctly with %i remaining after this read', (remaining, text) => {
    expect(remainingNotice({ kind: 'metered', remaining })).toBe(text)
  })

  it('never calls a re-read with none left the last free article', () => {
    const text = remainingNotice({ kind: 'metered', remaining: 0, reread: true })
    expect(text).toBe('You have used your free articles. Subscribe for unlimited access.')
    expect(text).not.toMatch(/last free article|0 free articles/)
  })
})
