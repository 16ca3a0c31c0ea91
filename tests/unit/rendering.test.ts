import { describe, expect, it } from 'vitest'

import { remainingNotice } from '@/paywall/gateCopy'
import { parseRendering, renderingFor, storyRenderingPath } from '@/paywall/rendering'

describe('story renderings', () => {
  it.each([
    [{ kind: 'full' } as const, 'full'],
    [{ kind: 'preview' } as const, 'preview'],
    [{ kind: 'metered', remaining: 2 } as const, 'remaining-2'],
    [{ kind: 'metered', remaining: 0 } as const, 'remaining-0'],
  ])('names %j as %s and reads it back', (access, segment) => {
    expect(renderingFor(access)).toBe(segment)
    expect(parseRendering(segment)).toEqual(access)
  })

  it.each(['', 'FULL', 'remaining-', 'remaining-01', 'remaining--1', 'remaining-99', 'remaining-2x', 'draft'])(
    'rejects the unknown rendering %j',
    (segment) => {
      expect(parseRendering(segment)).toBeNull()
    },
  )

  it('builds the internal path', () => {
    expect(storyRenderingPath('a-story', 'remaining-1')).toBe('/story-renderings/a-story/remaining-1')
  })
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
