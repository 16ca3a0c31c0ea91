import type { Reader } from '@/payload-types'

import { meterFromAccount } from './readerMeter'

/**
 * Named field by field, so nothing is handed out by accident: never the password's hash,
 * reset or session tokens, or lockout state.
 */
export function accountExport(reader: Reader, now: Date) {
  const subscription = reader.subscription ?? { plan: 'free', status: 'none' }
  const meter = meterFromAccount(reader.meter)
  return {
    exportedAt: now.toISOString(),
    account: {
      name: reader.name,
      email: reader.email,
      emailConfirmedAt: reader.emailVerifiedAt ?? null,
      createdAt: reader.createdAt,
      updatedAt: reader.updatedAt,
      lastLoginAt: reader.lastLoginAt ?? null,
    },
    subscription: {
      plan: subscription.plan,
      status: subscription.status,
      planId: subscription.planId ?? null,
      paidUntil: subscription.currentPeriodEnd ?? null,
      paymentProvider: subscription.provider ?? null,
      providerCustomerId: subscription.providerCustomerId ?? null,
      providerSubscriptionId: subscription.providerSubscriptionId ?? null,
      lastChangedByProviderAt: subscription.providerEventAt ?? null,
    },
    meter: {
      windowStartedAt: meter ? new Date(meter.windowStart).toISOString() : null,
      storiesRead: meter?.readArticleIds.length ?? 0,
      storyIds: meter?.readArticleIds ?? [],
    },
  }
}
