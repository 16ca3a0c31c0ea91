import { describe, expect, it } from 'vitest'

import { saveChangesReaderPages } from '@/collections/Articles/hooks/revalidateArticle'

describe('which saves refresh the reader pages', () => {
  it('refreshes on publish, and on edits to a published story', () => {
    expect(saveChangesReaderPages({ savedStatus: 'published', liveAfterSave: true, everPublished: true })).toBe(true)
  })

  it('leaves readers’ pages alone when a draft is saved over a live story', () => {
    expect(saveChangesReaderPages({ savedStatus: 'draft', liveAfterSave: true, everPublished: true })).toBe(false)
  })

  it('refreshes when a story that was published is pulled', () => {
    expect(saveChangesReaderPages({ savedStatus: 'draft', liveAfterSave: false, everPublished: true })).toBe(true)
  })

  it('leaves readers’ pages alone for a story that was never published', () => {
    expect(saveChangesReaderPages({ savedStatus: 'draft', liveAfterSave: false, everPublished: false })).toBe(false)
  })
})
