import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { purgeReaderPages } from '@/delivery/purge'

/**
 * Whether a save changes what readers see. Payload runs this hook for draft saves
 * too, and its `previousDoc` is the latest draft, not what readers had: a story
 * published, then edited as a draft, then unpublished, arrives here as draft → draft.
 * So the rule looks at the published document as it stands after the save.
 */
export function savePurgesReaderPages(save: {
  /** Status of the version just saved. */
  savedStatus: 'draft' | 'published' | null | undefined
  /** Whether the story is published once the save is done. */
  liveAfterSave: boolean
  /** Stories carry a publication date from their first publish on. */
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
  // Only a draft save of a story that has been live needs to know whether it still is.
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

/** The addresses a change to a story is about: its slug, and the one it had if that changed. */
const storySlugs = (...versions: ({ slug?: unknown } | undefined)[]): string[] => [
  ...new Set(versions.flatMap((version) => (typeof version?.slug === 'string' ? [version.slug] : []))),
]
