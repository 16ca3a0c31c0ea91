import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateReaderPages } from '@/lib/revalidate'

export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  // Saving a draft of an unpublished story changes nothing readers can see.
  if (doc._status === 'published' || previousDoc?._status === 'published') revalidateReaderPages()
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  revalidateReaderPages()
  return doc
}
