import type { Access, Where } from 'payload'

import { hasRole } from '@/collections/Users/roles'

/**
 * Who may change (or remove) a piece of newsroom work — a story, a quote, a photo, a
 * person: editors anything; journalists what they own; contributors what they own
 * while it is not yet in front of readers, since a contributor's work reaches readers
 * only through an editor's review. `owners` are the fields naming the staff members
 * a document belongs to; `notYetPublic` says when readers cannot see it yet (null:
 * readers see it from the start, so contributors never change it).
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
