import { describe, expect, it } from 'vitest'

import { tallyKeyOf } from '@/stats/aggregation'
import type { StatsEvent } from '@/stats/events'
import { summarize, type NumbersRow } from '@/stats/report'
import { addReader, dailySalt, UniqueSketch } from '@/stats/uniqueReaders'

const secret = 'a-test-secret-of-at-least-32-characters'
const at = (day: number) => Date.UTC(2026, 11, day, 12)
const row = (event: StatsEvent, count: number, day = 7, readers: string[] = []): NumbersRow => {
  const sketch = new UniqueSketch()
  const salt = dailySalt(secret, `2026-12-0${day}`)
  for (const reader of readers) addReader(sketch, salt, reader)
  return { ...tallyKeyOf(event, at(day)), count, readers: readers.length ? sketch.encode() : null }
}
const read = (story: string, variant: 'full' | 'metered' | 'gated', referrer: 'direct' | 'search' = 'direct') =>
  ({ kind: 'read', story, variant, standing: 'anonymous', referrer }) as const

describe('the numbers of a period', () => {
  const rows = [
    // Two instances' flushes of the same tally add up.
    row(read('a', 'metered'), 3, 7, ['x', 'y']),
    row(read('a', 'metered'), 2, 7, ['y', 'z']),
    row(read('a', 'gated'), 4, 7),
    row(read('a', 'full', 'search'), 1, 8, ['x']),
    row(read('b', 'metered', 'search'), 5, 8, ['w']),
    row({ kind: 'gate-click', story: 'a', action: 'subscribe' }, 2),
    row({ kind: 'gate-click', story: 'a', action: 'register' }, 1),
    row({ kind: 'registration', story: 'a' }, 1),
    row({ kind: 'registration', story: '' }, 1),
    row({ kind: 'subscription-started', story: 'a', attribution: 'gate' }, 1),
    row({ kind: 'subscription-started', story: 'b', attribution: 'first-read' }, 1),
    row({ kind: 'subscription-started', story: '', attribution: 'gate' }, 1),
    row({ kind: 'subscription-ended', story: '' }, 1),
  ]
  const summary = summarize(rows)

  it('sums every delta row into each story’s funnel', () => {
    expect(summary.stories.find((story) => story.story === 'a')).toMatchObject({
      reads: 6,
      gatesShown: 4,
      gateClicks: 3,
      registrations: 1,
      subscriptions: 1,
      subscriptionsFromFirstRead: 0,
    })
    expect(summary.stories.find((story) => story.story === 'b')).toMatchObject({ reads: 5, subscriptions: 0, subscriptionsFromFirstRead: 1 })
  })

  it('counts a reader once a day: the same reader on two days is two', () => {
    expect(summary.stories.find((story) => story.story === 'a')?.uniqueReaders).toBe(4)
    expect(summary.totals.uniqueReaders).toBe(5)
  })

  it('counts in the totals what no story is credited with, and each subscription once', () => {
    expect(summary.totals).toMatchObject({ reads: 11, gatesShown: 4, gateClicks: 3, registrations: 2, subscriptions: 2, subscriptionsEnded: 1 })
    expect(summary.stories.map((story) => story.story)).toEqual(['a', 'b'])
  })

  it('gives the reads per day and the referrer mix', () => {
    expect(summary.days).toEqual([
      { day: '2026-12-07', reads: 5, gatesShown: 4 },
      { day: '2026-12-08', reads: 6, gatesShown: 0 },
    ])
    expect(summary.referrers).toEqual({ direct: 9, search: 6 })
  })
})
