import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

/**
 * Plain functions (no Payload, no Next), so every rule is unit-tested. A subscription changes only
 * on a valid, fresh signature over the raw body, for an event we act on that names a reader.
 * Verify the raw text, never re-serialised JSON: any byte change breaks the HMAC
 * (https://docs.stripe.com/webhooks#verify-manually).
 */

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

// Far above a real header, far below what a server should parse.
const MAX_SIGNATURE_HEADER_LENGTH = 2048
// Stripe's own libraries' default.
const DEFAULT_TOLERANCE_SECONDS = 300

const rejected = (reason: string): SignatureCheck => ({ ok: false, reason })

const hmacHex = (payload: string, secret: string, timestamp: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex')

export function verifyStripeSignature({
  payload,
  header,
  secret,
  now,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  payload: string
  header: string | null
  secret: string
  now: number
  toleranceSeconds?: number
}): SignatureCheck {
  // An empty secret would make every signature forgeable: a misconfiguration, not a bad request.
  if (!secret) throw new Error('verifyStripeSignature needs the webhook signing secret (whsec_...).')
  if (header === null || header.trim() === '') return rejected('Missing Stripe-Signature header.')
  if (header.length > MAX_SIGNATURE_HEADER_LENGTH) return rejected('Stripe-Signature header is too long.')

  let timestamp: string | undefined
  const signatures: string[] = []
  for (const item of header.split(',')) {
    const separator = item.indexOf('=')
    if (separator < 0) return rejected('Malformed Stripe-Signature header.')
    const key = item.slice(0, separator).trim()
    const value = item.slice(separator + 1).trim()
    if (!key || !value) return rejected('Malformed Stripe-Signature header.')
    if (key === 't') {
      if (timestamp !== undefined) return rejected('Malformed Stripe-Signature header.')
      timestamp = value
    } else if (key === 'v1') {
      signatures.push(value)
    }
    // Other schemes (v0, test mode) are ignored, as Stripe's libraries do.
  }
  if (timestamp === undefined) return rejected('Stripe-Signature header has no timestamp.')
  if (!/^\d{1,12}$/.test(timestamp)) return rejected('Stripe-Signature timestamp is not a number.')
  if (signatures.length === 0) return rejected('Stripe-Signature header has no v1 signature.')

  const expected = Buffer.from(hmacHex(payload, secret, timestamp))
  const matches = signatures.some((signature) => {
    const candidate = Buffer.from(signature)
    return candidate.length === expected.length && timingSafeEqual(candidate, expected)
  })
  if (!matches) return rejected('No signature matches the payload.')

  // After the signature, as Stripe does: a genuine event too far from now is a replay.
  if (Math.abs(Math.floor(now / 1000) - Number(timestamp)) > toleranceSeconds) {
    return rejected('Signature timestamp is outside the tolerance window.')
  }
  return { ok: true }
}

// For tests and local tooling.
export function signStripePayload(payload: string, secret: string, timestampSeconds: number): string {
  if (!Number.isSafeInteger(timestampSeconds) || timestampSeconds < 0) {
    throw new RangeError('timestampSeconds must be a whole, non-negative number of seconds.')
  }
  const timestamp = String(timestampSeconds)
  return `t=${timestamp},v1=${hmacHex(payload, secret, timestamp)}`
}

export type SubscriptionChange = {
  readerId: string
  plan: 'subscriber' | 'free'
  status: 'active' | 'past_due' | 'canceled'
  currentPeriodEnd: string | null // ISO date
  providerCustomerId: string | null
  providerSubscriptionId: string | null
}

export type SubscriptionChangeResult =
  // Stripe does not deliver events in order.
  | { kind: 'change'; eventId: string; occurredAt: string | null; change: SubscriptionChange }
  | { kind: 'ignored'; eventId: string; reason: string }
  | { kind: 'invalid'; reason: string }

const stripeEventSchema = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  created: z.unknown().optional(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
})

const stripeIdOrNull = z
  .string()
  .nullish()
  .transform((id) => id || null)

// So `new Date(seconds * 1000).toISOString()` cannot throw.
const unixSeconds = z.number().int().min(0).max(253_402_300_799)

const checkoutSessionSchema = z.object({
  mode: z.string(),
  payment_status: z.string().optional(),
  client_reference_id: z.unknown(),
  customer: stripeIdOrNull,
  subscription: stripeIdOrNull,
})

const subscriptionSchema = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  customer: stripeIdOrNull,
  metadata: z.record(z.string(), z.unknown()).nullish(),
  current_period_end: unixSeconds.nullish(),
  // Recent API versions keep the period on each subscription item.
  items: z.object({ data: z.array(z.object({ current_period_end: unixSeconds.nullish() })) }).nullish(),
})

type StripeSubscription = z.infer<typeof subscriptionSchema>

const READER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

function readReaderId(value: unknown): { readerId: string } | { reason: string } {
  if (value === undefined || value === null || value === '') return { reason: 'Event names no reader.' }
  if (typeof value !== 'string' || !READER_ID_PATTERN.test(value)) return { reason: 'Event names a reader id that is not valid.' }
  return { readerId: value }
}

function planAndStatus(stripeStatus: string): Pick<SubscriptionChange, 'plan' | 'status'> {
  switch (stripeStatus) {
    case 'active':
    case 'trialing':
      return { plan: 'subscriber', status: 'active' }
    case 'past_due':
      return { plan: 'subscriber', status: 'past_due' }
    default: // canceled, unpaid, incomplete, incomplete_expired, paused
      return { plan: 'free', status: 'canceled' }
  }
}

function periodEndOf(subscription: StripeSubscription): string | null {
  const seconds = subscription.current_period_end ?? subscription.items?.data[0]?.current_period_end ?? null
  return seconds === null ? null : new Date(seconds * 1000).toISOString()
}

const unexpectedShape = (type: string): SubscriptionChangeResult => ({
  kind: 'invalid',
  reason: `The ${type} event does not have the expected shape.`,
})

export function subscriptionChangeFromEvent(event: unknown): SubscriptionChangeResult {
  const envelope = stripeEventSchema.safeParse(event)
  if (!envelope.success) return { kind: 'invalid', reason: 'The body is not a Stripe event.' }
  const { id: eventId, type, data } = envelope.data
  const created = unixSeconds.safeParse(envelope.data.created)
  const occurredAt = created.success ? new Date(created.data * 1000).toISOString() : null
  const changeFor = (readerId: string, change: Omit<SubscriptionChange, 'readerId'>): SubscriptionChangeResult => ({
    kind: 'change',
    eventId,
    occurredAt,
    change: { readerId, ...change },
  })

  if (type === 'checkout.session.completed') {
    const session = checkoutSessionSchema.safeParse(data.object)
    if (!session.success) return unexpectedShape(type)
    if (session.data.mode !== 'subscription') {
      return { kind: 'ignored', eventId, reason: 'The checkout session is not for a subscription.' }
    }
    // Delayed methods (SEPA, ACH) complete the session before the money arrives.
    if (session.data.payment_status !== 'paid' && session.data.payment_status !== 'no_payment_required') {
      return { kind: 'ignored', eventId, reason: 'The checkout is not paid yet.' }
    }
    const reader = readReaderId(session.data.client_reference_id)
    if ('reason' in reader) return { kind: 'ignored', eventId, reason: reader.reason }
    return changeFor(reader.readerId, {
      plan: 'subscriber',
      status: 'active',
      currentPeriodEnd: null,
      providerCustomerId: session.data.customer,
      providerSubscriptionId: session.data.subscription,
    })
  }

  if (
    type === 'customer.subscription.created' ||
    type === 'customer.subscription.updated' ||
    type === 'customer.subscription.deleted'
  ) {
    const subscription = subscriptionSchema.safeParse(data.object)
    if (!subscription.success) return unexpectedShape(type)
    const reader = readReaderId(subscription.data.metadata?.readerId)
    if ('reason' in reader) return { kind: 'ignored', eventId, reason: reader.reason }
    const standing =
      type === 'customer.subscription.deleted'
        ? ({ plan: 'free', status: 'canceled' } as const)
        : planAndStatus(subscription.data.status)
    return changeFor(reader.readerId, {
      ...standing,
      currentPeriodEnd: periodEndOf(subscription.data),
      providerCustomerId: subscription.data.customer,
      providerSubscriptionId: subscription.data.id,
    })
  }

  return { kind: 'ignored', eventId, reason: `Events of type ${type} are not handled.` }
}
