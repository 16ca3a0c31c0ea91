import type { CollectionBeforeChangeHook } from 'payload'

import { storyPath } from '@/lib/readerPaths'

/**
 * Shared links never break: a story published under a new slug keeps its old address as a
 * redirect. Drafts change no address, as readers still reach the published story where it was.
 */
export const redirectOldSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
  // Drafts are kept as versions, so the stored story is the published one.
  const live = await req.payload.db.findOne<{ id: string | number; slug?: string; _status?: string }>({
    collection: 'articles',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (live?._status !== 'published' || !live.slug || live.slug === data.slug) return data
  const from = storyPath(live.slug)
  const { totalDocs } = await req.payload.count({ collection: 'redirects', where: { from: { equals: from } }, overrideAccess: true, req })
  if (totalDocs === 0) {
    await req.payload.create({
      collection: 'redirects',
      data: { from, to: { type: 'reference', reference: { relationTo: 'articles', value: originalDoc.id } } },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return data
}
