import type { Payload } from 'payload'

import type { Reader } from '@/payload-types'
import type { SubscriptionChange } from '@/payments/stripeWebhook'
import type { PlanId } from '@/subscriptions/plans'

export type SubscriptionUpdate = SubscriptionChange & { provider: 'demo' | 'stripe'; planId?: PlanId }

/**
 * The one place a reader's subscription is written: the demo provider after a
 * checkout, the Stripe webhook after a payment event. The subscription fields are
 * staff-only for API callers; the server writes them here with overrideAccess.
 * Returns null when there is no such reader (e.g. a webhook for an account since deleted).
 */
export async function applySubscriptionChange(payload: Payload, update: SubscriptionUpdate): Promise<Reader | null> {
  const existing = await payload
    .findByID({ collection: 'readers', id: update.readerId, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!existing) return null
  const previous = existing.subscription ?? {}
  return payload.update({
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
      },
    },
  })
}
