import type { Payload } from 'payload'

import type { Reader } from '@/payload-types'

import type { Plan } from './plans'
import type { SubscriptionCredit } from './subscriptionChange'

/**
 * Pages call a provider and nothing else. `demo` activates at once and takes no money;
 * `stripe` changes a subscription only when Stripe's signed webhook arrives.
 */
export type CheckoutOutcome =
  | { kind: 'activated'; reader: Reader }
  // A webhook activates the subscription later.
  | { kind: 'redirect'; url: string }

export type CancelOutcome = { kind: 'canceled'; reader: Reader } | { kind: 'redirect'; url: string }

export type PaymentProvider = {
  id: 'demo' | 'stripe'
  // Told next to the plans, so nobody is surprised by what a click does.
  notice: string
  // `credit`: the story the reader subscribed from, for the newsroom's numbers.
  checkout(args: { payload: Payload; reader: Reader; plan: Plan; siteUrl: string; now: Date; credit?: SubscriptionCredit }): Promise<CheckoutOutcome>
  cancel(args: { payload: Payload; reader: Reader; siteUrl: string; now: Date }): Promise<CancelOutcome>
  // No page for the reader: their account is being deleted.
  endNow(args: { payload: Payload; reader: Reader; now: Date }): Promise<void>
}

// Its message is shown to the reader; nothing was charged.
export class PaymentProviderError extends Error {
  name = 'PaymentProviderError'
}
