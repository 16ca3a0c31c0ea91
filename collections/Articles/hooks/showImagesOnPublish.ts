import type { CollectionAfterChangeHook } from 'payload'

import { mediaIdsOfStory } from '@/collections/Articles/mediaOfStory'
import { showMediaToReaders } from '@/collections/Media/showToReaders'

/**
 * Publishing a story makes its images readable. They stay readable if the story
 * is later pulled: readers may have seen them already, and another story may use them.
 */
export const showImagesOnPublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status === 'published') await showMediaToReaders(req, mediaIdsOfStory(doc))
  return doc
}
