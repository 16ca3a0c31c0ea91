import type { Access } from 'payload'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { canPublish } from '@/collections/Users/roles'

import { ownWork } from './ownWork'

const ownStories = ownWork({ owners: STORY_OWNERS, notYetPublic: { _status: { not_equals: 'published' } } })

/**
 * Saving a story: editors any; journalists their own, publishing, scheduling and
 * unpublishing included; contributors their own drafts, and never with
 * `_status: 'published'`. Payload asks this, with that data, before it offers
 * Publish or Schedule Publish in the admin, and again when a scheduled job runs.
 */
export const articleUpdaters: Access = (args) => {
  const publishing = (args.data as { _status?: unknown } | undefined)?._status === 'published'
  if (publishing && !canPublish(args.req.user)) return false
  return ownStories(args)
}
