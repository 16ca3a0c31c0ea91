import type { CollectionAfterChangeHook } from 'payload'

import { showMediaToReaders } from '@/collections/Media/showToReaders'
import { relationId } from '@/lib/relations'

/** People are public, so their photo is too. */
export const showPhoto: CollectionAfterChangeHook = async ({ doc, req }) => {
  const photo = relationId(doc.photo)
  if (photo) await showMediaToReaders(req, [photo])
  return doc
}
