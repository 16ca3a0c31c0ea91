import { describe, expect, it } from 'vitest'

import { decideStoryVariant, freshMeter, meterAfterLogout, meterSummary, type MeterState } from '@/paywall/meter'

const DAY = 24 * 60 * 60 * 1000
const settings = { freeArticles: 3, registeredFreeArticles: 5, windowDays: 30 }
const now = Date.UTC(2026, 10, 28)
const metered = (id: string) => ({ id, freeToRead: false })

const read = (meter: MeterState | null, id: string, overrides: Partial<Parameters<typeof decideStoryVariant>[0]> = {}) =>
  decideStoryVariant({ reader: 'anonymous', meter, article: metered(id), settings, now, mayCount: true, ...overrides })

describe('the meter', () => {
  it('counts down across different stories and then withholds the next one', () => {
    const first = read(null, 'a')
    expect(first.variant).toEqual({ kind: 'metered', remaining: 2 })
    const second = read(first.meter, 'b')
    expect(second.variant).toEqual({ kind: 'metered', remaining: 1 })
    const third = read(second.meter, 'c')
    expect(third.variant).toEqual({ kind: 'metered', remaining: 0 })
    expect(read(third.meter, 'c').variant).toEqual({ kind: 'metered', remaining: 0, reread: true })
    const fourth = read(third.meter, 'd')
    expect(fourth.variant).toEqual({ kind: 'gated' })
    expect(fourth.meterChanged).toBe(false)
  })

  it('lets a reader re-read a story already counted without using another read', () => {
    const first = read(null, 'a')
    const again = read(first.meter, 'a')
    expect(again.variant).toEqual({ kind: 'metered', remaining: 2 })
    expect(again.meterChanged).toBe(false)
    expect(again.meter.readArticleIds).toEqual(['a'])
  })

  it('still shows a counted story in full once the allowance is used up', () => {
    const used = { windowStart: now - DAY, readArticleIds: ['a', 'b', 'c'] }
    expect(read(used, 'b').variant).toEqual({ kind: 'metered', remaining: 0, reread: true })
    expect(read(used, 'z').variant).toEqual({ kind: 'gated' })
  })

  it('never meters a story marked free to read', () => {
    const used = { windowStart: now - DAY, readArticleIds: ['a', 'b', 'c'] }
    const decision = decideStoryVariant({
      reader: 'anonymous',
      meter: used,
      article: { id: 'free', freeToRead: true },
      settings,
      now,
      mayCount: true,
    })
    expect(decision.variant).toEqual({ kind: 'full' })
    expect(decision.meter).toBe(used)
  })

  it('renews the allowance when the window has passed', () => {
    const old = { windowStart: now - 31 * DAY, readArticleIds: ['a', 'b', 'c'] }
    const decision = read(old, 'd')
    expect(decision.variant).toEqual({ kind: 'metered', remaining: 2 })
    expect(decision.meter).toEqual({ windowStart: now, readArticleIds: ['d'] })
  })

  it('treats a window that starts in the future as a fresh reader', () => {
    const future = { windowStart: now + DAY, readArticleIds: [] }
    expect(read(future, 'a').meter.windowStart).toBe(now)
  })

  it('keeps a window opened moments "later" by a request that began after this one, or a clock a little ahead', () => {
    const opened = { windowStart: now + 20, readArticleIds: ['a'] }
    const decision = read(opened, 'b')
    expect(decision.variant).toEqual({ kind: 'metered', remaining: 1 })
    expect(decision.meter).toEqual({ windowStart: now + 20, readArticleIds: ['a', 'b'] })
  })

  it('gives nothing when the allowance is zero', () => {
    expect(read(null, 'a', { settings: { ...settings, freeArticles: 0 } }).variant).toEqual({ kind: 'gated' })
  })

  it('does not count, or hand out, a story on a request that may not count (prefetch, HEAD)', () => {
    const decision = read(freshMeter(now), 'a', { mayCount: false })
    expect(decision.variant).toEqual({ kind: 'gated' })
    expect(decision.meter.readArticleIds).toEqual([])
    const counted = read(null, 'a').meter
    expect(read(counted, 'a', { mayCount: false }).variant).toEqual({ kind: 'metered', remaining: 2 })
  })

  it('shows the right count when the allowance was lowered below what was read', () => {
    const many = { windowStart: now - DAY, readArticleIds: ['a', 'b', 'c', 'd', 'e'] }
    expect(read(many, 'a').variant).toEqual({ kind: 'metered', remaining: 0, reread: true })
  })
})

describe('the meter, by who is reading', () => {
  const exhausted = { windowStart: now - DAY, readArticleIds: ['a', 'b', 'c', 'd', 'e'] }

  it('gives a signed-in reader without a subscription their own, larger allowance', () => {
    const three = { windowStart: now - DAY, readArticleIds: ['a', 'b', 'c'] }
    expect(read(three, 'd').variant).toEqual({ kind: 'gated' })
    expect(read(three, 'd', { reader: 'registered' }).variant).toEqual({ kind: 'metered', remaining: 1 })
    expect(read(exhausted, 'f', { reader: 'registered' }).variant).toEqual({ kind: 'gated' })
  })

  it.each(['subscriber', 'staff'] as const)('gives a %s every story in full, without counting it', (reader) => {
    const decision = read(exhausted, 'z', { reader })
    expect(decision.variant).toEqual({ kind: 'full' })
    expect(decision.meterChanged).toBe(false)
    expect(read(null, 'z', { reader, mayCount: false }).variant).toEqual({ kind: 'full' })
  })
})

describe('the meter summary on the account page', () => {
  it('counts the reads in the open window and says when it renews', () => {
    const meter = { windowStart: now - DAY, readArticleIds: ['a', 'b'] }
    expect(meterSummary(meter, 'registered', settings, now)).toEqual({ read: 2, allowance: 5, renewsAt: now + 29 * DAY })
  })

  it('reports a fresh window once the old one has passed', () => {
    const old = { windowStart: now - 31 * DAY, readArticleIds: ['a', 'b'] }
    expect(meterSummary(old, 'registered', settings, now)).toEqual({ read: 0, allowance: 5, renewsAt: null })
    expect(meterSummary(null, 'anonymous', settings, now)).toEqual({ read: 0, allowance: 3, renewsAt: null })
  })
})

describe('the meter a reader keeps after logging out', () => {
  it("adds the account's reads to the browser's, so logging out gives no fresh allowance", () => {
    const browser = { windowStart: now - 2 * DAY, readArticleIds: ['a'] }
    const account = { windowStart: now - 5 * DAY, readArticleIds: ['a', 'b', 'c', 'd', 'e'] }
    const merged = meterAfterLogout(browser, account, settings, now)
    expect(merged).toEqual({ windowStart: now - 5 * DAY, readArticleIds: ['a', 'b', 'c', 'd', 'e'] })
    expect(read(merged, 'z').variant).toEqual({ kind: 'gated' })
  })

  it('ignores windows that have passed, and starts fresh when neither is open', () => {
    const stale = { windowStart: now - 40 * DAY, readArticleIds: ['a', 'b', 'c'] }
    expect(meterAfterLogout(stale, null, settings, now)).toEqual(freshMeter(now))
    expect(meterAfterLogout(stale, { windowStart: now - DAY, readArticleIds: ['x'] }, settings, now)).toEqual({ windowStart: now - DAY, readArticleIds: ['x'] })
  })
})
