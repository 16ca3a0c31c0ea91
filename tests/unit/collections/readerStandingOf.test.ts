import { describe, expect, it } from 'vitest'

import { readerStandingOf } from '@/collections/access/readerStandingOf'

const now = Date.UTC(2026, 10, 28)

describe("a Payload user's standing with the paywall", () => {
  it('is anonymous without a user, or with a user of an unknown collection', () => {
    expect(readerStandingOf(null, now)).toBe('anonymous')
    expect(readerStandingOf({ collection: 'payload-jobs' }, now)).toBe('anonymous')
  })

  it('is staff for anyone in the staff collection', () => {
    expect(readerStandingOf({ collection: 'users' }, now)).toBe('staff')
  })

  it("is a reader's, by their subscription, for anyone in the readers collection", () => {
    const future = new Date(now + 86_400_000).toISOString()
    expect(readerStandingOf({ collection: 'readers', subscription: { plan: 'subscriber', status: 'active', currentPeriodEnd: future } }, now)).toBe('subscriber')
    expect(readerStandingOf({ collection: 'readers', subscription: null }, now)).toBe('registered')
  })
})
