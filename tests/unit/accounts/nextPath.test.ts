import { describe, expect, it } from 'vitest'

import { safeNextPath } from '@/accounts/nextPath'

describe('where a form sends the reader next', () => {
  it('keeps a path on this site', () => {
    expect(safeNextPath('/articles/bolivia-iranian-drones-concerns')).toBe('/articles/bolivia-iranian-drones-concerns')
    expect(safeNextPath('/subscribe?next=%2Faccount')).toBe('/subscribe?next=%2Faccount')
  })

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/a b', '', null, 42, `/${'a'.repeat(400)}`])(
    'refuses %s and uses the fallback',
    (value) => {
      expect(safeNextPath(value)).toBe('/account')
    },
  )
})
