import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { purgeReaderPages } from '@/delivery/purge'

/**
 * Payload's `previousDoc` is the latest draft, not what readers had: published, edited as a draft,
 * then unpublished arrives as draft → draft. So the rule reads the published state after the save.
 */
export function savePurgesReaderPages(save: {
  savedStatus: 'draft' | 'published' | null | undefined
  liveAfterSave: boolean
  // Stories carry a publication date from their first publish on.
  everPublished: boolean
}): boolean {
  if (save.savedStatus === 'published') return true
  // A draft saved over a live story leaves the live version in place.
  if (save.liveAfterSave) return false
  // Not live now: if it ever was, it may just have been pulled.
  return save.everPublished
}

export const purgeArticleAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const everPublished = Boolean(doc.publishedAt)
  const liveAfterSave =
    doc._status !== 'published' &&
    everPublished &&
    (
      await req.payload.count({
        collection: 'articles',
        where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  if (savePurgesReaderPages({ savedStatus: doc._status, liveAfterSave, everPublished })) {
    purgeReaderPages(storySlugs(doc, previousDoc))
  }
  return doc
}

export const purgeArticleAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  purgeReaderPages(storySlugs(doc))
  return doc
}

// The slug it had too, if that changed.
const storySlugs = (...versions: ({ slug?: unknown } | undefined)[]): string[] => [
  ...new Set(versions.flatMap((version) => (typeof version?.slug === 'string' ? [version.slug] : []))),
]
