import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { purgeReaderPages } from '@/delivery/purge'

/**
 * Reader pages show quotes, people, countries, captions and settings too: a change to any of them
 * refreshes every cached page. Stories have their own rule (Articles/hooks/purgeArticle.ts).
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

// Readers see only a few fields of staff, so only a change to those refreshes pages.
export const purgeWhenShownFieldsChange =
  (fields: readonly string[]): CollectionAfterChangeHook =>
  ({ doc, previousDoc }) => {
    if (fields.some((field) => doc?.[field] !== previousDoc?.[field])) purgeReaderPages()
    return doc
  }
