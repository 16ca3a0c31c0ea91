import type { CollectionBeforeChangeHook } from 'payload'

import { storyPath } from '@/lib/readerPaths'

/**
 * Shared links never break: publishing a story under a new slug records its old
 * address as a redirect to the story (collections/Redirects/index.ts), so the old URL leads
 * to it, wherever it moves next. Drafts change no address: readers still reach the
 * published story where it was.
 */
export const redirectOldSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
  // The stored story is the published one (drafts are kept as versions).
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
