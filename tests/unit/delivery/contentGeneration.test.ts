import { describe, expect, it } from 'vitest'

import { beginContentChange, changedSince, contentGeneration } from '@/delivery/contentGeneration'

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

describe('what changed since a copy was kept', () => {
  it('is the stories the changes since were about, or everything when one may have touched any page', () => {
    const kept = contentGeneration()!
    beginContentChange(['bolivia-iranian-drones-concerns', 'old-slug'])()
    beginContentChange(['washington-wary-of-iranian-drones-for-bolivia'])()
    expect(changedSince(kept)).toEqual(new Set(['bolivia-iranian-drones-concerns', 'old-slug', 'washington-wary-of-iranian-drones-for-bolivia']))
    const later = contentGeneration()!
    expect(changedSince(later)).toEqual(new Set())
    beginContentChange(null)()
    expect(changedSince(later)).toBe('everything')
    expect(changedSince(kept)).toBe('everything')
  })

  it('is everything for a copy older than every change remembered', () => {
    const kept = contentGeneration()!
    for (let i = 0; i < 250; i += 1) beginContentChange([`story-${i}`])()
    expect(changedSince(kept)).toBe('everything')
  })
})
