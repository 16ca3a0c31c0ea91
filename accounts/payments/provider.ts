import type { Payload } from 'payload'

import type { Reader } from '@/payload-types'

import type { Plan } from './plans'

/**
 * How the site takes payments. /subscribe and /account call a provider and
 * nothing else; which one runs is `PAYMENT_PROVIDER` (lib/platform/env.ts).
 *
 * - `demo` (payments/demoProvider.ts): activates the subscription at once, takes no
 *   money, and says so on screen. It is what runs on the embedded default.
 * - `stripe` (payments/stripeProvider.ts): sends the reader to Stripe Checkout; the
 *   subscription changes only when Stripe's signed webhook arrives (/webhooks/stripe).
 */
export type CheckoutOutcome =
  /** The subscription is active now (demo). */
  | { kind: 'activated'; reader: Reader }
  /** The reader pays on the provider's page; a webhook activates the subscription later. */
  | { kind: 'redirect'; url: string }

export type CancelOutcome = { kind: 'canceled'; reader: Reader } | { kind: 'redirect'; url: string }

export type PaymentProvider = {
  id: 'demo' | 'stripe'
  /** Told to readers next to the plans, so nobody is surprised by what a click does. */
  notice: string
  checkout(args: { payload: Payload; reader: Reader; plan: Plan; siteUrl: string; now: Date }): Promise<CheckoutOutcome>
  cancel(args: { payload: Payload; reader: Reader; siteUrl: string; now: Date }): Promise<CancelOutcome>
  /** Ends the subscription at once, with no page for the reader: their account is being deleted. */
  endNow(args: { payload: Payload; reader: Reader; now: Date }): Promise<void>
}

/** A provider refused or failed: its message is shown to the reader, and nothing was charged. */
export class PaymentProviderError extends Error {
  name = 'PaymentProviderError'
}
