import type { Access } from 'payload'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { hasRole } from '@/collections/Users/roles'

/**
 * A story's version history (drafts included): journalists and up read every story's;
 * a contributor only their own stories' (the constraint runs on the versions
 * collection, whose fields sit under `version.`). Readers never: without this rule,
 * Payload lets any signed-in user (a reader) read every draft version.
 */
export const articleVersionReaders: Access = ({ req: { user } }) => {
  if (hasRole(user, 'journalist')) return true
  if (!user || !hasRole(user, 'contributor')) return false
  return { or: STORY_OWNERS.map((field) => ({ [`version.${field}`]: { equals: user.id } })) }
}
