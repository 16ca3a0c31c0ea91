import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { signStripePayload, subscriptionChangeFromEvent, verifyStripeSignature } from '@/accounts/payments/stripeWebhook'

const secret = 'whsec_unit_test_0123456789abcdef0123456789'
const payload = JSON.stringify({ id: 'evt_1', type: 'customer.subscription.updated', data: { object: {} } })
const signedAt = 1_760_000_000 // seconds
const now = signedAt * 1000 + 1_500 // ms, shortly after Stripe signed

const verify = (header: string | null, overrides: Partial<Parameters<typeof verifyStripeSignature>[0]> = {}) =>
  verifyStripeSignature({ payload, header, secret, now, ...overrides })

const hex = (text: string, key = secret) => createHmac('sha256', key).update(text).digest('hex')

describe('the Stripe-Signature check', () => {
  it('accepts a payload signed as Stripe signs it', () => {
    const header = signStripePayload(payload, secret, signedAt)
    expect(header).toBe(`t=${signedAt},v1=${hex(`${signedAt}.${payload}`)}`)
    expect(verify(header)).toEqual({ ok: true })
  })

  it('rejects a tampered payload', () => {
    const header = signStripePayload(payload, secret, signedAt)
    expect(verify(header, { payload: payload.replace('evt_1', 'evt_2') })).toEqual({
      ok: false,
      reason: 'No signature matches the payload.',
    })
  })

  it('rejects a payload signed with another secret', () => {
    expect(verify(signStripePayload(payload, `${secret}-other`, signedAt))).toEqual({
      ok: false,
      reason: 'No signature matches the payload.',
    })
  })

  it('rejects a signature moved onto another timestamp', () => {
    const [, signature] = signStripePayload(payload, secret, signedAt).split(',')
    expect(verify(`t=${signedAt + 1},${signature}`)).toEqual({ ok: false, reason: 'No signature matches the payload.' })
  })

  it('rejects a genuine signature replayed after the five-minute tolerance', () => {
    const header = signStripePayload(payload, secret, signedAt)
    expect(verify(header, { now: (signedAt + 300) * 1000 + 999 })).toEqual({ ok: true })
    expect(verify(header, { now: (signedAt + 301) * 1000 })).toEqual({
      ok: false,
      reason: 'Signature timestamp is outside the tolerance window.',
    })
  })

  it('rejects a timestamp too far in the future', () => {
    const header = signStripePayload(payload, secret, signedAt + 301)
    expect(verify(header, { now: signedAt * 1000 })).toEqual({
      ok: false,
      reason: 'Signature timestamp is outside the tolerance window.',
    })
  })

  it('honours a custom tolerance', () => {
    const header = signStripePayload(payload, secret, signedAt)
    expect(verify(header, { now: (signedAt + 30) * 1000, toleranceSeconds: 10 })).toMatchObject({ ok: false })
    expect(verify(header, { now: (signedAt + 3_000) * 1000, toleranceSeconds: 3_600 })).toEqual({ ok: true })
  })

  it.each([
    ['absent', null],
    ['empty', ''],
    ['blank', '   '],
  ])('rejects a missing header (%s)', (_label, header) => {
    expect(verify(header)).toEqual({ ok: false, reason: 'Missing Stripe-Signature header.' })
  })

  it.each([
    ['no key=value pairs', 'garbage', 'Malformed Stripe-Signature header.'],
    ['an empty value', `t=,v1=${'a'.repeat(64)}`, 'Malformed Stripe-Signature header.'],
    ['an empty key', `=1,t=${signedAt},v1=${'a'.repeat(64)}`, 'Malformed Stripe-Signature header.'],
    ['two timestamps', `t=${signedAt},t=${signedAt},v1=${'a'.repeat(64)}`, 'Malformed Stripe-Signature header.'],
    ['no timestamp', `v1=${'a'.repeat(64)}`, 'Stripe-Signature header has no timestamp.'],
    ['a non-numeric timestamp', `t=soon,v1=${'a'.repeat(64)}`, 'Stripe-Signature timestamp is not a number.'],
    ['a negative timestamp', `t=-5,v1=${'a'.repeat(64)}`, 'Stripe-Signature timestamp is not a number.'],
    ['no v1 signature', `t=${signedAt}`, 'Stripe-Signature header has no v1 signature.'],
  ])('rejects a malformed header (%s)', (_label, header, reason) => {
    expect(verify(header)).toEqual({ ok: false, reason })
  })

  it('ignores v0 signatures: a v0-only header has no v1 signature', () => {
    const v0 = hex(`${signedAt}.${payload}`)
    expect(verify(`t=${signedAt},v0=${v0}`)).toEqual({ ok: false, reason: 'Stripe-Signature header has no v1 signature.' })
  })

  it('rejects an oversized header before checking it, even if it carries a valid signature', () => {
    const header = `${signStripePayload(payload, secret, signedAt)},${'v0=ab,'.repeat(400)}v0=ab`
    expect(header.length).toBeGreaterThan(2048)
    expect(verify(header)).toEqual({ ok: false, reason: 'Stripe-Signature header is too long.' })
  })

  it('accepts a header with several v1 signatures when any one matches (secret rotation)', () => {
    const valid = signStripePayload(payload, secret, signedAt).split(',')[1]
    const header = `t=${signedAt},v1=${hex(`${signedAt}.${payload}`, 'whsec_old')},${valid},v0=${'0'.repeat(64)}`
    expect(verify(header)).toEqual({ ok: true })
  })

  it('rejects, without throwing, signatures of the wrong length or alphabet', () => {
    const header = `t=${signedAt},v1=abc,v1=${'é'.repeat(64)},v1=${'a'.repeat(65)}`
    expect(verify(header)).toEqual({ ok: false, reason: 'No signature matches the payload.' })
  })

  it('refuses to run without a signing secret (a server misconfiguration, not a bad request)', () => {
    expect(() => verify(signStripePayload(payload, '', signedAt), { secret: '' })).toThrow(/secret/)
  })
})

const periodEnd = 1_762_592_000 // 2025-11-08T09:33:20.000Z
const EVENT_CREATED = 1_700_000_000
const EVENT_CREATED_ISO = new Date(EVENT_CREATED * 1000).toISOString()
const periodEndIso = new Date(periodEnd * 1000).toISOString()

const checkoutCompleted = (session: Record<string, unknown> = {}) => ({
  id: 'evt_checkout',
  object: 'event',
  created: EVENT_CREATED,
  type: 'checkout.session.completed',
  data: {
    object: {
      id: 'cs_test_1',
      object: 'checkout.session',
      mode: 'subscription',
      client_reference_id: '12',
      customer: 'cus_1',
      subscription: 'sub_1',
      payment_status: 'paid',
      ...session,
    },
  },
})

const subscriptionEvent = (type: string, subscription: Record<string, unknown> = {}) => ({
  id: 'evt_subscription',
  object: 'event',
  created: EVENT_CREATED,
  type,
  data: {
    object: {
      id: 'sub_1',
      object: 'subscription',
      status: 'active',
      customer: 'cus_1',
      metadata: { readerId: '64f0c0ffee' },
      current_period_end: periodEnd,
      ...subscription,
    },
  },
})

describe('reading a Stripe event as a subscription change', () => {
  it('says when Stripe created the event, or null when it does not say', () => {
    const { created: _created, ...undated } = subscriptionEvent('customer.subscription.updated')
    expect(subscriptionChangeFromEvent(undated)).toMatchObject({ kind: 'change', occurredAt: null })
    expect(subscriptionChangeFromEvent({ ...undated, created: 'yesterday' })).toMatchObject({ kind: 'change', occurredAt: null })
  })

  it('activates the reader named by a completed subscription checkout', () => {
    expect(subscriptionChangeFromEvent(checkoutCompleted())).toEqual({
      kind: 'change',
      eventId: 'evt_checkout',
      occurredAt: EVENT_CREATED_ISO,
      change: {
        readerId: '12',
        plan: 'subscriber',
        status: 'active',
        currentPeriodEnd: null,
        providerCustomerId: 'cus_1',
        providerSubscriptionId: 'sub_1',
      },
    })
  })

  it('keeps null customer and subscription ids as null', () => {
    const result = subscriptionChangeFromEvent(checkoutCompleted({ customer: null, subscription: null }))
    expect(result).toMatchObject({ kind: 'change', change: { providerCustomerId: null, providerSubscriptionId: null } })
  })

  it.each(['unpaid', undefined])('waits for the money on a checkout whose payment_status is %s', (payment_status) => {
    expect(subscriptionChangeFromEvent(checkoutCompleted({ payment_status }))).toMatchObject({
      kind: 'ignored',
      reason: 'The checkout is not paid yet.',
    })
  })

  it('ignores a checkout that is not for a subscription', () => {
    expect(subscriptionChangeFromEvent(checkoutCompleted({ mode: 'payment' }))).toMatchObject({
      kind: 'ignored',
      eventId: 'evt_checkout',
    })
  })

  it.each(['customer.subscription.created', 'customer.subscription.updated'])(
    'reads %s: reader from metadata, period end as an ISO date',
    (type) => {
      expect(subscriptionChangeFromEvent(subscriptionEvent(type))).toEqual({
        kind: 'change',
        eventId: 'evt_subscription',
        occurredAt: EVENT_CREATED_ISO,
        change: {
          readerId: '64f0c0ffee',
          plan: 'subscriber',
          status: 'active',
          currentPeriodEnd: periodEndIso,
          providerCustomerId: 'cus_1',
          providerSubscriptionId: 'sub_1',
        },
      })
    },
  )

  it.each([
    ['active', 'subscriber', 'active'],
    ['trialing', 'subscriber', 'active'],
    ['past_due', 'subscriber', 'past_due'],
    ['canceled', 'free', 'canceled'],
    ['unpaid', 'free', 'canceled'],
    ['incomplete', 'free', 'canceled'],
    ['incomplete_expired', 'free', 'canceled'],
    ['paused', 'free', 'canceled'],
  ])('maps Stripe status %s to plan %s, status %s', (stripeStatus, plan, status) => {
    const result = subscriptionChangeFromEvent(subscriptionEvent('customer.subscription.updated', { status: stripeStatus }))
    expect(result).toMatchObject({ kind: 'change', change: { plan, status } })
  })

  it('reads the period end from the first subscription item when the subscription has none (newer API versions)', () => {
    const event = subscriptionEvent('customer.subscription.updated', {
      current_period_end: undefined,
      items: { object: 'list', data: [{ id: 'si_1', current_period_end: periodEnd }] },
    })
    expect(subscriptionChangeFromEvent(event)).toMatchObject({ change: { currentPeriodEnd: periodEndIso } })
  })

  it('reports no period end when Stripe sends none', () => {
    const event = subscriptionEvent('customer.subscription.updated', { current_period_end: undefined, items: { data: [] } })
    expect(subscriptionChangeFromEvent(event)).toMatchObject({ kind: 'change', change: { currentPeriodEnd: null } })
  })

  it('cancels the reader on customer.subscription.deleted, whatever status it carries', () => {
    expect(subscriptionChangeFromEvent(subscriptionEvent('customer.subscription.deleted', { status: 'active' }))).toEqual({
      kind: 'change',
      eventId: 'evt_subscription',
      occurredAt: EVENT_CREATED_ISO,
      change: {
        readerId: '64f0c0ffee',
        plan: 'free',
        status: 'canceled',
        currentPeriodEnd: periodEndIso,
        providerCustomerId: 'cus_1',
        providerSubscriptionId: 'sub_1',
      },
    })
  })

  it('ignores event types it does not act on, keeping the event id', () => {
    const event = { id: 'evt_invoice', object: 'event', type: 'invoice.paid', data: { object: { id: 'in_1' } } }
    expect(subscriptionChangeFromEvent(event)).toEqual({
      kind: 'ignored',
      eventId: 'evt_invoice',
      reason: 'Events of type invoice.paid are not handled.',
    })
  })

  it.each([
    ['a checkout without client_reference_id', checkoutCompleted({ client_reference_id: null })],
    ['a checkout with an empty client_reference_id', checkoutCompleted({ client_reference_id: '' })],
    ['a subscription without metadata', subscriptionEvent('customer.subscription.updated', { metadata: {} })],
    ['a subscription with null metadata', subscriptionEvent('customer.subscription.deleted', { metadata: null })],
  ])('ignores %s: no reader to change', (_label, event) => {
    expect(subscriptionChangeFromEvent(event)).toMatchObject({ kind: 'ignored', reason: 'Event names no reader.' })
  })

  it.each([
    ['a number', 42],
    ['spaces', 'reader 12'],
    ['a path', '../12'],
    ['too long', 'a'.repeat(65)],
    ['an object', { id: '12' }],
  ])('ignores a reader id that is not a valid id (%s)', (_label, readerId) => {
    expect(subscriptionChangeFromEvent(checkoutCompleted({ client_reference_id: readerId }))).toMatchObject({
      kind: 'ignored',
      eventId: 'evt_checkout',
      reason: 'Event names a reader id that is not valid.',
    })
    const subscription = subscriptionEvent('customer.subscription.created', { metadata: { readerId } })
    expect(subscriptionChangeFromEvent(subscription)).toMatchObject({ kind: 'ignored' })
  })

  it('accepts the longest valid reader id', () => {
    const readerId = `A-z_${'9'.repeat(60)}`
    expect(subscriptionChangeFromEvent(checkoutCompleted({ client_reference_id: readerId }))).toMatchObject({
      kind: 'change',
      change: { readerId },
    })
  })

  it.each([
    ['null', null],
    ['a string', 'evt_1'],
    ['an array', []],
    ['an empty object', {}],
    ['an empty event id', { id: '', type: 'invoice.paid', data: { object: {} } }],
    ['an oversized event id', { id: `evt_${'x'.repeat(252)}`, type: 'invoice.paid', data: { object: {} } }],
    ['no data', { id: 'evt_1', type: 'invoice.paid' }],
    ['a non-object data.object', { id: 'evt_1', type: 'invoice.paid', data: { object: 'sub_1' } }],
  ])('marks a body that is not a Stripe event as invalid (%s)', (_label, event) => {
    expect(subscriptionChangeFromEvent(event)).toEqual({ kind: 'invalid', reason: 'The body is not a Stripe event.' })
  })

  it.each([
    ['a subscription without status', subscriptionEvent('customer.subscription.updated', { status: undefined })],
    ['a subscription with a text period end', subscriptionEvent('customer.subscription.updated', { current_period_end: 'soon' })],
    ['a checkout with a numeric customer', checkoutCompleted({ customer: 7 })],
  ])('marks a handled event of the wrong shape as invalid (%s)', (_label, event) => {
    expect(subscriptionChangeFromEvent(event)).toMatchObject({ kind: 'invalid' })
  })

  it('reads an event straight from a verified raw body', () => {
    const body = JSON.stringify(checkoutCompleted())
    const header = signStripePayload(body, secret, signedAt)
    expect(verifyStripeSignature({ payload: body, header, secret, now })).toEqual({ ok: true })
    expect(subscriptionChangeFromEvent(JSON.parse(body))).toMatchObject({ kind: 'change', change: { readerId: '12' } })
  })
})
