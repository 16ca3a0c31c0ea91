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

/**
 * For a collection readers see only a few fields of (staff: the name and note on author pages and
 * bylines): pages are refreshed when one of those changed, not on every save of the account.
 */
export const revalidateWhenShownFieldsChange =
  (fields: readonly string[]): CollectionAfterChangeHook =>
  ({ doc, previousDoc }) => {
    if (fields.some((field) => doc?.[field] !== previousDoc?.[field])) revalidateReaderPages()
    return doc
  }
