import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { revalidateReaderPages } from '@/delivery/revalidate'

/**
 * Reader pages show more than stories: a story's quotes, the people and countries it
 * names, its photos' captions and credits, the settings (menu, gate copy). A change to
 * any of them refreshes every cached reader page at once, without anyone touching (or
 * republishing) the stories. Stories have their own rule (Articles/hooks/revalidateArticle.ts):
 * a draft saved over a live story changes nothing for readers.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  revalidateReaderPages()
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  revalidateReaderPages()
  return doc
}

export const revalidateAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  revalidateReaderPages()
  return doc
}
