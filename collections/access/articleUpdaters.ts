import type { Access } from 'payload'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { canPublish } from '@/collections/Users/roles'

import { ownWork } from './ownWork'

const ownStories = ownWork({ owners: STORY_OWNERS, notYetPublic: { _status: { not_equals: 'published' } } })

// Payload asks this with the save's data before offering Publish, and again when a scheduled job runs.
export const articleUpdaters: Access = (args) => {
  const publishing = (args.data as { _status?: unknown } | undefined)?._status === 'published'
  if (publishing && !canPublish(args.req.user)) return false
  return ownStories(args)
}
