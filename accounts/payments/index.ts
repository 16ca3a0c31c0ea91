import type { ServerEnv } from '@/lib/platform/env'

import { demoProvider } from './demoProvider'
import type { PaymentProvider } from './provider'
import { stripeProvider } from './stripeProvider'

// lib/platform/env.ts checks Stripe is configured in full.
export function paymentProvider(env: ServerEnv): PaymentProvider {
  if (env.PAYMENT_PROVIDER !== 'stripe') return demoProvider
  return stripeProvider({
    secretKey: env.STRIPE_SECRET_KEY!,
    prices: { monthly: env.STRIPE_PRICE_MONTHLY!, annual: env.STRIPE_PRICE_ANNUAL! },
  })
}
