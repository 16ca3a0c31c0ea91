import type { CollectionBeforeChangeHook } from 'payload'

export const STAFF_BYLINE = 'Staff'

/**
 * Readers cannot read staff accounts, so the author's name is copied onto the
 * story when it is saved: the byline renders without exposing the users collection.
 */
export const setByline: CollectionBeforeChangeHook = async ({ data, req }) => {
  const author = data.author
  const authorId = typeof author === 'object' && author !== null ? author.id : author
  if (authorId === undefined || authorId === null || authorId === '') {
    return { ...data, byline: STAFF_BYLINE }
  }
  const user = await req.payload
    .findByID({ collection: 'users', id: authorId, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  return { ...data, byline: user?.name || STAFF_BYLINE }
}
