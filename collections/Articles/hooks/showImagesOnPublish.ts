import type { CollectionAfterChangeHook } from 'payload'

import { mediaIdsOfStory } from '@/collections/Articles/mediaOfStory'
import { showMediaToReaders } from '@/collections/Media/showToReaders'

// They stay readable if the story is pulled: readers may have seen them, another story may use them.
export const showImagesOnPublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status === 'published') await showMediaToReaders(req, mediaIdsOfStory(doc))
  return doc
}
