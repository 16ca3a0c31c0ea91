import { describe, expect, it } from 'vitest'

import { savePurgesReaderPages } from '@/collections/Articles/hooks/purgeArticle'

describe('which saves refresh the reader pages', () => {
  it('refreshes on publish, and on edits to a published story', () => {
    expect(savePurgesReaderPages({ savedStatus: 'published', liveAfterSave: true, everPublished: true })).toBe(true)
  })

  it('leaves readers’ pages alone when a draft is saved over a live story', () => {
    expect(savePurgesReaderPages({ savedStatus: 'draft', liveAfterSave: true, everPublished: true })).toBe(false)
  })

  it('refreshes when a story that was published is pulled', () => {
    expect(savePurgesReaderPages({ savedStatus: 'draft', liveAfterSave: false, everPublished: true })).toBe(true)
  })

  it('leaves readers’ pages alone for a story that was never published', () => {
    expect(savePurgesReaderPages({ savedStatus: 'draft', liveAfterSave: false, everPublished: false })).toBe(false)
  })
})
