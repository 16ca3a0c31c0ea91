import type { Access, Where } from 'payload'

import { hasRole } from '@/collections/Users/roles'

/**
 * A contributor's work reaches readers only through an editor's review, so contributors change
 * what they own only while it is `notYetPublic` (null: readers see it from the start).
 */
export function ownWork({ owners, notYetPublic }: { owners: string[]; notYetPublic: Where | null }): Access {
  return ({ req: { user } }) => {
    if (hasRole(user, 'editor')) return true
    if (!user || !hasRole(user, 'contributor')) return false
    const mine: Where = { or: owners.map((field) => ({ [field]: { equals: user.id } })) }
    if (hasRole(user, 'journalist')) return mine
    return notYetPublic ? { and: [mine, notYetPublic] } : false
  }
}
