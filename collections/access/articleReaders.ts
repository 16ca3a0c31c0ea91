import type { Access } from 'payload'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { hasRole } from '@/collections/Users/roles'

const published = { _status: { equals: 'published' } } as const

/**
 * Journalists, editors and admins read every story, drafts included; a contributor
 * reads the published ones and their own; everyone else reads published stories only.
 * The `_status` filter is explicit because `draft: false` alone does not exclude
 * unpublished documents (Payload issues #10067, #14750).
 */
export const articleReaders: Access = ({ req: { user } }) => {
  if (hasRole(user, 'journalist')) return true
  if (user && hasRole(user, 'contributor')) {
    return { or: [published, ...STORY_OWNERS.map((field) => ({ [field]: { equals: user.id } }))] }
  }
  return published
}
