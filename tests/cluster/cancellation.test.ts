import { beforeAll, describe, expect, inject, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'

import type { Reader } from '../support/reader'
import { activeSubscription, msUntil, pageFrom, signedInReaderOn, staffOn } from '../support/cluster'

/**
 * A subscriber's pages skip the session check for a while (delivery/readerAccess.ts remembers
 * sessions that read everything). On one instance that memory held for up to 30 s after a
 * cancellation (decision 004); with several instances, the cancellation is a message to all of them.
 */
const a = inject('baseURL')
const b = inject('instanceB')
/**
 * How soon a cancellation made through one instance must take effect on every instance: the
 * revocation message's ~1 s, with room for a busy machine. (One process alone: 30 s, decision 004.)
 */
const CANCELLATION_BOUND_MS = 2_000
const story = `/articles/${MAIN_STORY_SLUG}`
const metered = (html: string) => html.includes('data-testid="remaining-notice"') || html.includes('data-testid="gate-panel"')

let admin: Reader

beforeAll(async () => {
  admin = await staffOn(a, 'admin')
})

describe("a subscriber's cancellation", () => {
  it('takes effect on both instances within the bound, though both had just served the subscriber', async () => {
    const subscriber = await signedInReaderOn(a, admin, `cluster-subscriber-${Date.now()}@example.com`, { subscription: activeSubscription() })
    for (const baseURL of [a, b]) {
      const { status, html } = await pageFrom(subscriber, baseURL, story)
      expect(status).toBe(200)
      expect(metered(html), `a subscriber reads without a meter through ${baseURL}`).toBe(false)
    }

    // The subscriber cancels on their account page, served by A (the demo provider ends it at once).
    const canceled = await subscriber.submitForm('/account', {}, {}, 'Cancel subscription')
    expect(canceled.status).toBe(303)
    expect(canceled.headers.get('location')).toBe('/account?canceled=1')

    const [onA, onB] = await Promise.all([a, b].map((baseURL) => msUntil(async () => metered((await pageFrom(subscriber, baseURL, story)).html))))
    expect.soft(onA, 'ms until A meters the former subscriber').toBeLessThanOrEqual(CANCELLATION_BOUND_MS)
    expect.soft(onB, 'ms until B meters the former subscriber').toBeLessThanOrEqual(CANCELLATION_BOUND_MS)
  })
})
