import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relations'

import { STAFF_BYLINE } from '@/collections/Articles/byline'

/**
 * Readers cannot read staff accounts, so the author's name is copied onto the
 * story when it is saved: the byline renders without exposing the users collection.
 */
export const setByline: CollectionBeforeChangeHook = async ({ data, req }) => {
  const authorId = relationId(data.author)
  if (!authorId) {
    return { ...data, byline: STAFF_BYLINE }
  }
  const user = await req.payload
    .findByID({ collection: 'users', id: authorId, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  return { ...data, byline: user?.name || STAFF_BYLINE }
}
