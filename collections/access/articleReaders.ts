import type { Access } from 'payload'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { hasRole } from '@/collections/Users/roles'

const published = { _status: { equals: 'published' } } as const

// `_status` explicitly: `draft: false` alone keeps unpublished documents (Payload #10067, #14750).
export const articleReaders: Access = ({ req: { user } }) => {
  if (hasRole(user, 'journalist')) return true
  if (user && hasRole(user, 'contributor')) {
    return { or: [published, ...STORY_OWNERS.map((field) => ({ [field]: { equals: user.id } }))] }
  }
  return published
}
