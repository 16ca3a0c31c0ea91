import { describe, expect, it } from 'vitest'

import { canPublish, hasRole, roleOf, STAFF_ROLES } from '@/collections/Users/roles'

const staffMember = (role: string) => ({ collection: 'users', role }) as never

describe('newsroom roles', () => {
  it('run from least to most trusted, each with what the ones before it may do', () => {
    expect(STAFF_ROLES).toEqual(['contributor', 'journalist', 'editor', 'admin'])
    expect(hasRole(staffMember('editor'), 'journalist')).toBe(true)
    expect(hasRole(staffMember('editor'), 'editor')).toBe(true)
    expect(hasRole(staffMember('editor'), 'admin')).toBe(false)
    expect(hasRole(staffMember('contributor'), 'journalist')).toBe(false)
  })

  it('belong to staff only: a reader, a visitor or an unknown role has none', () => {
    expect(roleOf({ collection: 'readers', role: 'admin' } as never)).toBeUndefined()
    expect(roleOf(null)).toBeUndefined()
    expect(roleOf(staffMember('owner'))).toBeUndefined()
    expect(hasRole({ collection: 'readers', role: 'admin' } as never, 'contributor')).toBe(false)
  })

  it('let journalists and up publish; a contributor’s story waits for review', () => {
    expect(STAFF_ROLES.filter((role) => canPublish(staffMember(role)))).toEqual(['journalist', 'editor', 'admin'])
  })
})
