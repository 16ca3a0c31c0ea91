import { beforeEach, describe, expect, it } from 'vitest'

import { keyOfText } from '@/stats/aggregation'
import { giveBack, recordEvent, takeTallies } from '@/stats/recorder'

const secret = 'a-test-secret-of-at-least-32-characters'
const now = Date.UTC(2026, 11, 7, 9)
const read = { kind: 'read', story: 'a-story', variant: 'metered', standing: 'anonymous', referrer: 'direct' } as const

describe('the in-memory recorder', () => {
  beforeEach(() => {
    takeTallies()
  })

  it('adds each event to its tally and hands the tallies over once', () => {
    recordEvent(read, { identity: 'one', secret }, now)
    recordEvent(read, { identity: 'two', secret }, now)
    recordEvent({ ...read, referrer: 'search' }, null, now)
    recordEvent({ kind: 'gate-click', story: 'a-story', action: 'subscribe' }, null, now)
    const taken = takeTallies()
    expect([...taken.counts].map(([key, count]) => [keyOfText(key).referrer || keyOfText(key).detail, count])).toEqual([
      ['direct', 2],
      ['search', 1],
      ['subscribe', 1],
    ])
    expect(takeTallies().counts.size).toBe(0)
  })

  it('counts unique readers only for stories read, and only for readers it may follow', () => {
    recordEvent(read, { identity: 'one', secret }, now)
    recordEvent(read, { identity: 'one', secret }, now)
    recordEvent({ ...read, variant: 'gated' }, { identity: 'one', secret }, now)
    recordEvent({ ...read, referrer: 'social' }, null, now)
    const { counts, readers } = takeTallies()
    expect(counts.size).toBe(3)
    expect([...readers.values()].map((sketch) => sketch.estimate())).toEqual([1])
  })

  it('keeps what a failed flush gives back, added to what came meanwhile', () => {
    recordEvent(read, { identity: 'one', secret }, now)
    const failed = takeTallies()
    recordEvent(read, { identity: 'two', secret }, now)
    giveBack(failed)
    const { counts, readers } = takeTallies()
    expect([...counts.values()]).toEqual([2])
    expect([...readers.values()][0].estimate()).toBe(2)
  })
})
