import config from '@payload-config'
import { getPayload } from 'payload'

import { subscriptionChangeFromEvent, verifyStripeSignature } from '@/accounts/payments/stripeWebhook'
import { applySubscriptionChange } from '@/accounts/payments/subscriptionChange'
import { serverEnv } from '@/lib/platform/env'
import { readBodyUpTo } from '@/lib/http/requestBody'

export const dynamic = 'force-dynamic'

// Stripe events are a few kilobytes.
const MAX_EVENT_BYTES = 256 * 1024

/**
 * The only way a Stripe payment changes a subscription: unsigned or stale posts get a 400.
 * Events we do not act on get a 200, so Stripe does not retry them for days.
 */
export async function POST(request: Request): Promise<Response> {
  const env = serverEnv()
  if (!env.STRIPE_WEBHOOK_SECRET) return Response.json({ error: 'Stripe webhooks are not configured.' }, { status: 404 })

  const payload = await readBodyUpTo(request, MAX_EVENT_BYTES)
  if (payload === null) return Response.json({ error: 'Event too large.' }, { status: 413 })

  const signature = verifyStripeSignature({
    payload,
    header: request.headers.get('stripe-signature'),
    secret: env.STRIPE_WEBHOOK_SECRET,
    now: Date.now(),
  })
  if (!signature.ok) return Response.json({ error: signature.reason }, { status: 400 })

  let event: unknown
  try {
    event = JSON.parse(payload)
  } catch {
    return Response.json({ error: 'The event is not JSON.' }, { status: 400 })
  }
  const result = subscriptionChangeFromEvent(event)
  if (result.kind === 'invalid') return Response.json({ error: result.reason }, { status: 400 })
  if (result.kind === 'ignored') return Response.json({ received: true, ignored: result.reason })

  const outcome = await applySubscriptionChange(await getPayload({ config }), {
    ...result.change,
    provider: 'stripe',
    occurredAt: result.occurredAt,
  })
  if (!outcome) return Response.json({ received: true, ignored: `No reader ${result.change.readerId}.` })
  if (!outcome.applied) return Response.json({ received: true, ignored: outcome.reason })
  return Response.json({ received: true, applied: result.eventId })
}
