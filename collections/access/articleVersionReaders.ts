import type { Access } from 'payload'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { hasRole } from '@/collections/Users/roles'

// Without this rule Payload lets any signed-in user, a reader too, read every draft version.
export const articleVersionReaders: Access = ({ req: { user } }) => {
  if (hasRole(user, 'journalist')) return true
  if (!user || !hasRole(user, 'contributor')) return false
  return { or: STORY_OWNERS.map((field) => ({ [`version.${field}`]: { equals: user.id } })) }
}
