import { describe, expect, it } from 'vitest'

import { keyOfText, keyText, tallyKeyOf, utcDay } from '@/stats/aggregation'

const now = Date.UTC(2026, 11, 7, 23, 59, 59)

describe('the tally an event adds to', () => {
  it('is the story, the UTC day, the variant, the standing and the referrer class for a read', () => {
    const key = tallyKeyOf({ kind: 'read', story: 'a-story', variant: 'metered', standing: 'free', referrer: 'search' }, now)
    expect(key).toEqual({ kind: 'read', story: 'a-story', day: '2026-12-07', variant: 'metered', standing: 'free', referrer: 'search', detail: '' })
  })

  it('changes day at midnight UTC, whatever the server’s zone', () => {
    expect(utcDay(now)).toBe('2026-12-07')
    expect(utcDay(now + 1000)).toBe('2026-12-08')
  })

  it('keeps the gate’s button and the credit of a subscription apart', () => {
    expect(tallyKeyOf({ kind: 'gate-click', story: 's', action: 'register' }, now).detail).toBe('register')
    expect(tallyKeyOf({ kind: 'subscription-started', story: 's', attribution: 'first-read' }, now).detail).toBe('first-read')
    expect(tallyKeyOf({ kind: 'registration', story: '' }, now)).toMatchObject({ story: '', variant: '', detail: '' })
  })

  it('is one text per combination, which splits back into it', () => {
    const a = tallyKeyOf({ kind: 'read', story: 's', variant: 'gated', standing: 'anonymous', referrer: 'direct' }, now)
    const b = tallyKeyOf({ kind: 'read', story: 's', variant: 'gated', standing: 'anonymous', referrer: 'social' }, now)
    expect(keyText(a)).not.toBe(keyText(b))
    expect(keyOfText(keyText(a))).toEqual(a)
  })
})
