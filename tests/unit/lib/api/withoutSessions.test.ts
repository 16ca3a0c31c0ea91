import { describe, expect, it } from 'vitest'

import { withoutSessions } from '@/lib/api/withoutSessions'

const sessions = [{ id: 'c0ffee', createdAt: '2026-12-01T00:00:00.000Z', expiresAt: '2026-12-01T02:00:00.000Z' }]

describe('an account in a REST response', () => {
  it('loses its sessions wherever Payload puts the account, and keeps everything else', () => {
    expect(withoutSessions({ message: 'Authentication Passed', token: 't', user: { id: 1, email: 'a@b.c', sessions } })).toEqual({
      message: 'Authentication Passed',
      token: 't',
      user: { id: 1, email: 'a@b.c' },
    })
    expect(withoutSessions({ doc: { id: 1, sessions }, message: 'Updated' })).toEqual({ doc: { id: 1 }, message: 'Updated' })
    expect(withoutSessions({ docs: [{ id: 1, sessions }, { id: 2 }], totalDocs: 2 })).toEqual({ docs: [{ id: 1 }, { id: 2 }], totalDocs: 2 })
    expect(withoutSessions({ id: 1, name: 'By id', sessions })).toEqual({ id: 1, name: 'By id' })
  })

  it('leaves other bodies as they are', () => {
    expect(withoutSessions({ user: null, message: 'Account' })).toEqual({ user: null, message: 'Account' })
    expect(withoutSessions([1, 2])).toEqual([1, 2])
    expect(withoutSessions('text')).toBe('text')
  })
})
