import type { Payload } from 'payload'

import type { Reader } from '@/payload-types'

import { periodEnd } from './plans'
import type { PaymentProvider } from './provider'
import { applySubscriptionChange } from './subscriptionChange'

// For the embedded demo, development and tests.
export const demoProvider: PaymentProvider = {
  id: 'demo',
  notice: 'Payments are in demo mode: subscribing activates your subscription at once and nothing is charged.',
  async checkout({ payload, reader, plan, now, credit }) {
    const updated = await applySubscriptionChange(payload, {
      readerId: String(reader.id),
      plan: 'subscriber',
      status: 'active',
      planId: plan.id,
      currentPeriodEnd: periodEnd(plan, now).toISOString(),
      provider: 'demo',
      providerCustomerId: null,
      providerSubscriptionId: null,
      credit,
    })
    if (!updated) throw new Error(`reader ${reader.id} vanished during checkout`)
    return { kind: 'activated', reader: updated.reader }
  },
  async cancel({ payload, reader, now }) {
    return { kind: 'canceled', reader: await endAtOnce(payload, reader, now) }
  },
  async endNow({ payload, reader, now }) {
    await endAtOnce(payload, reader, now)
  },
}

async function endAtOnce(payload: Payload, reader: Reader, now: Date): Promise<Reader> {
  const updated = await applySubscriptionChange(payload, {
    readerId: String(reader.id),
    plan: 'free',
    status: 'canceled',
    currentPeriodEnd: now.toISOString(),
    provider: 'demo',
    providerCustomerId: null,
    providerSubscriptionId: null,
  })
  if (!updated) throw new Error(`reader ${reader.id} vanished during cancellation`)
  return updated.reader
}
