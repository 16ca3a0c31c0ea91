import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { purgeReaderPages } from '@/delivery/purge'

/**
 * Reader pages show more than stories: a story's quotes, the people and countries it
 * names, its photos' captions and credits, the settings (menu, gate copy). A change to
 * any of them refreshes every cached reader page at once, without anyone touching (or
 * republishing) the stories. Stories have their own rule (Articles/hooks/purgeArticle.ts):
 * a draft saved over a live story changes nothing for readers.
 */
export const purgeReaderPagesAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  purgeReaderPages()
  return doc
}

export const purgeReaderPagesAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  purgeReaderPages()
  return doc
}

export const purgeReaderPagesAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  purgeReaderPages()
  return doc
}

/**
 * For a collection readers see only a few fields of (staff: the name and note on author pages and
 * bylines): pages are refreshed when one of those changed, not on every save of the account.
 */
export const purgeWhenShownFieldsChange =
  (fields: readonly string[]): CollectionAfterChangeHook =>
  ({ doc, previousDoc }) => {
    if (fields.some((field) => doc?.[field] !== previousDoc?.[field])) purgeReaderPages()
    return doc
  }
