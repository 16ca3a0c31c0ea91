import type { CollectionBeforeChangeHook } from 'payload'

/** A story keeps the date it was first published; editors may still set one by hand. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
