import { describe, expect, it } from 'vitest'

import { counted } from '@/lib/counted'

describe('a count with its noun', () => {
  it('is singular for one and plural otherwise, zero included', () => {
    expect([0, 1, 2].map((count) => counted(count, 'gate'))).toEqual(['0 gates', '1 gate', '2 gates'])
  })

  it('takes an irregular plural', () => {
    expect(counted(3, 'person', 'people')).toBe('3 people')
  })
})
