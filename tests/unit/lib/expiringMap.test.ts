import { describe, expect, it } from 'vitest'

import { ExpiringMap } from '@/lib/expiringMap'

describe('what the proxy remembers between requests', () => {
  it('is remembered for the time to live, then forgotten', () => {
    const sessions = new ExpiringMap<string, true>({ maxEntries: 10, ttlMs: 30_000 })
    sessions.set('token-a', true, 1_000)
    expect(sessions.get('token-a', 30_999)).toBe(true)
    expect(sessions.get('token-a', 31_000)).toBeUndefined()
    expect(sessions.get('token-b', 1_000)).toBeUndefined()
  })

  it('forgets the oldest first when full', () => {
    const sessions = new ExpiringMap<string, true>({ maxEntries: 2, ttlMs: 30_000 })
    sessions.set('first', true, 0)
    sessions.set('second', true, 0)
    sessions.set('third', true, 0)
    expect(['first', 'second', 'third'].filter((token) => sessions.get(token, 1))).toEqual(['second', 'third'])
  })

  it('keeps what was read lately when full', () => {
    const pages = new ExpiringMap<string, string>({ maxEntries: 2, ttlMs: 30_000 })
    pages.set('a', 'page a', 0)
    pages.set('b', 'page b', 0)
    pages.get('a', 1)
    pages.set('c', 'page c', 2)
    expect(pages.get('a', 3)).toBe('page a')
    expect(pages.get('b', 3)).toBeUndefined()
  })

  it('keeps its expiry when read: reading does not extend the time to live', () => {
    const sessions = new ExpiringMap<string, true>({ maxEntries: 10, ttlMs: 1_000 })
    sessions.set('token', true, 0)
    expect(sessions.get('token', 900)).toBe(true)
    expect(sessions.get('token', 1_000)).toBeUndefined()
  })
})
