import { describe, expect, it } from 'vitest'

import { readerStanding, readsEverything } from '@/paywall/readerStanding'

const now = Date.UTC(2026, 10, 28)
const reader = (subscription: Record<string, string | null> | null) => ({ kind: 'reader', subscription }) as const

describe("a visitor's standing with the paywall", () => {
  it('is anonymous without an account', () => {
    expect(readerStanding(null, now)).toBe('anonymous')
  })

  it('is staff for newsroom staff', () => {
    expect(readerStanding({ kind: 'staff' }, now)).toBe('staff')
  })

  it('is subscriber only with the subscriber plan, a live status and an unexpired period', () => {
    const future = new Date(now + 86_400_000).toISOString()
    const past = new Date(now - 1).toISOString()
    expect(readerStanding(reader({ plan: 'subscriber', status: 'active', currentPeriodEnd: future }), now)).toBe('subscriber')
    expect(readerStanding(reader({ plan: 'subscriber', status: 'past_due', currentPeriodEnd: future }), now)).toBe('subscriber')
    expect(readerStanding(reader({ plan: 'subscriber', status: 'active', currentPeriodEnd: null }), now)).toBe('subscriber')
    expect(readerStanding(reader({ plan: 'subscriber', status: 'active', currentPeriodEnd: past }), now)).toBe('registered')
    expect(readerStanding(reader({ plan: 'subscriber', status: 'canceled', currentPeriodEnd: future }), now)).toBe('registered')
    expect(readerStanding(reader({ plan: 'free', status: 'active', currentPeriodEnd: future }), now)).toBe('registered')
    expect(readerStanding(reader({ plan: 'subscriber', status: 'active', currentPeriodEnd: 'not a date' }), now)).toBe('registered')
    expect(readerStanding(reader(null), now)).toBe('registered')
  })

  it('lets only subscribers and staff read everything', () => {
    expect(['anonymous', 'registered', 'subscriber', 'staff'].filter((s) => readsEverything(s as never))).toEqual([
      'subscriber',
      'staff',
    ])
  })
})
