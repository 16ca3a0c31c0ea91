import { describe, expect, it } from 'vitest'

import { beginContentChange, contentGeneration } from '@/delivery/contentGeneration'

describe('the content generation', () => {
  it('is withheld while a change is being saved, and moves past everything loaded meanwhile once it is', () => {
    const before = contentGeneration()
    expect(before).not.toBeNull()
    const settle = beginContentChange()
    expect(contentGeneration()).toBeNull()
    settle()
    const after = contentGeneration()
    expect(after).toBeGreaterThan(before!)
    // Settling twice (the request's end, then the safety timer) changes nothing more.
    settle()
    expect(contentGeneration()).toBe(after)
  })

  it('stays withheld until every overlapping change is saved', () => {
    const first = beginContentChange()
    const second = beginContentChange()
    first()
    expect(contentGeneration()).toBeNull()
    second()
    expect(contentGeneration()).not.toBeNull()
  })
})
