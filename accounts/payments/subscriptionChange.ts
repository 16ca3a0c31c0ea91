import type { Payload } from 'payload'

import { serverEnv } from '@/lib/platform/env'
import type { Reader } from '@/payload-types'
import { hasActiveSubscription } from '@/paywall/readerStanding'
import { subscriptionEvents } from '@/stats/attribution'
import { recordEvent } from '@/stats/recorder'

import { deliver } from '../emails'
import { meterFromAccount } from '../readerMeter'
import type { PlanId } from './plans'
import { receiptEmail, receiptFor } from './receipts'
import type { SubscriptionChange } from './stripeWebhook'

// The story a subscription came from; `followed`: the reader did not ask not to be (GPC).
export type SubscriptionCredit = { gateStory: string | null; followed: boolean }

export type SubscriptionUpdate = SubscriptionChange & {
  provider: 'demo' | 'stripe'
  planId?: PlanId
  // An update older than the last one applied is stale.
  occurredAt?: string | null
  // Unknown (Stripe's webhook): credited to no story.
  credit?: SubscriptionCredit
}

/**
 * The one place a subscription is written; API callers cannot, as the fields are staff-only.
 * Providers deliver events out of order, so an older update is skipped. Null: no such reader.
 * A receipt is sent without waiting: failing to send never undoes or delays the change.
 */
export async function applySubscriptionChange(
  payload: Payload,
  update: SubscriptionUpdate,
): Promise<{ reader: Reader; applied: true } | { reader: Reader; applied: false; reason: string } | null> {
  const existing = await payload
    .findByID({ collection: 'readers', id: update.readerId, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!existing) return null
  const previous = existing.subscription ?? {}
  if (update.occurredAt && previous.providerEventAt && Date.parse(update.occurredAt) < Date.parse(previous.providerEventAt)) {
    return { reader: existing, applied: false, reason: 'Older than the last change applied.' }
  }
  // The end of another subscription (a duplicate checkout) does not end the one in force.
  const otherSubscription =
    update.providerSubscriptionId && previous.providerSubscriptionId && update.providerSubscriptionId !== previous.providerSubscriptionId
  if (otherSubscription && update.plan === 'free' && hasActiveSubscription(previous, Date.now())) {
    return { reader: existing, applied: false, reason: 'About another subscription than the one in force.' }
  }
  const reader = await payload.update({
    collection: 'readers',
    id: existing.id,
    overrideAccess: true,
    depth: 0,
    data: {
      subscription: {
        plan: update.plan,
        status: update.status,
        planId: update.planId ?? previous.planId ?? null,
        currentPeriodEnd: update.currentPeriodEnd ?? previous.currentPeriodEnd ?? null,
        provider: update.provider,
        providerCustomerId: update.providerCustomerId ?? previous.providerCustomerId ?? null,
        providerSubscriptionId: update.providerSubscriptionId ?? previous.providerSubscriptionId ?? null,
        providerEventAt: update.occurredAt ?? previous.providerEventAt ?? null,
      },
    },
  })
  await countSubscriptionChange(payload, { was: previous, is: reader.subscription, meter: existing.meter, credit: update.credit })
  const receipt = receiptFor(previous, reader.subscription, Date.now())
  if (receipt) void deliver(payload, reader.email, receiptEmail(receipt, reader.subscription, serverEnv().SITE_URL), `subscription ${receipt}`)
  return { reader, applied: true as const }
}

// A start or an end counts once, where it is written; the first read is the meter's first story.
async function countSubscriptionChange(
  payload: Payload,
  change: { was: Reader['subscription']; is: Reader['subscription']; meter: unknown; credit: SubscriptionCredit | undefined },
): Promise<void> {
  const now = Date.now()
  const [was, is] = [hasActiveSubscription(change.was, now), hasActiveSubscription(change.is, now)]
  if (was && !is) recordEvent({ kind: 'subscription-ended', story: '' }, null)
  if (was || !is) return
  const followed = change.credit?.followed ?? false
  const firstReadId = followed ? meterFromAccount(change.meter)?.readArticleIds[0] : undefined
  const firstRead = firstReadId
    ? await payload
        .findByID({ collection: 'articles', id: firstReadId, depth: 0, select: { slug: true }, overrideAccess: true, disableErrors: true })
        .catch(() => null)
    : null
  for (const event of subscriptionEvents({ gateStory: change.credit?.gateStory ?? null, firstReadStory: firstRead?.slug ?? null, followed })) {
    recordEvent(event, null)
  }
}
