import { describe, expect, it } from 'vitest'

import { UnmeteredSessions } from '@/delivery/unmeteredSessions'

describe('sessions remembered as reading everything', () => {
  it('are remembered for the time to live, then forgotten', () => {
    const sessions = new UnmeteredSessions({ maxEntries: 10, ttlMs: 30_000 })
    sessions.remember('token-a', 1_000)
    expect(sessions.has('token-a', 30_999)).toBe(true)
    expect(sessions.has('token-a', 31_000)).toBe(false)
    expect(sessions.has('token-b', 1_000)).toBe(false)
  })

  it('forget the oldest first when full', () => {
    const sessions = new UnmeteredSessions({ maxEntries: 2, ttlMs: 30_000 })
    sessions.remember('first', 0)
    sessions.remember('second', 0)
    sessions.remember('third', 0)
    expect(['first', 'second', 'third'].filter((token) => sessions.has(token, 1))).toEqual(['second', 'third'])
  })
})
