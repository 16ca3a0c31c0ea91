import { describe, expect, it } from 'vitest'

import { isWellFormedSessionToken } from '@/lib/http/sessionCookie'

describe('what counts as a session token', () => {
  it('accepts the shape of a JWT', () => {
    expect(isWellFormedSessionToken('eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2ln-_')).toBe(true)
  })

  it.each([undefined, '', 'not-a-jwt', '✓', 'a.b.c\n', 'a.b.c d', `${'a'.repeat(4096)}.b.c`])('refuses %j', (value) => {
    expect(isWellFormedSessionToken(value)).toBe(false)
  })
})
