import type { CollectionBeforeChangeHook } from 'payload'

import { relationIds } from '@/lib/relations'

import { bylineFor } from '../byline'

// Readers cannot read staff accounts, so the byline is copied onto the story.
export const setByline: CollectionBeforeChangeHook = async ({ data, req }) => {
  const authorIds = relationIds(data.authors)
  if (authorIds.length === 0) return { ...data, byline: bylineFor([]) }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: authorIds } },
    select: { name: true },
    depth: 0,
    limit: authorIds.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const nameOf = new Map(docs.map((user) => [String(user.id), user.name]))
  return { ...data, byline: bylineFor(authorIds.map((id) => nameOf.get(id) ?? '')) }
}
