import net from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passwordResetRequest, registerReader, sendVerificationEmail, startCheckout } from '@/accounts/operations'
import { demoProvider } from '@/accounts/payments/demoProvider'
import { serverEnv } from '@/lib/platform/env'

import { confirmAddress } from '../support/fixtures'
import { bootPayload } from '../support/harness'

let payload: Payload
let cleanup: () => Promise<void>

/** A loopback port nothing listens on: the SMTP server is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

beforeAll(async () => {
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(await closedPort()), SMTP_SECURE: 'false', EMAIL_FROM: 'newsroom@tests.example' })
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

describe('with the SMTP server down', () => {
  it('a subscription still starts, and stays started', async () => {
    const registered = await registerReader(payload, { name: 'Outage Reader', email: 'outage@example.com', password: 'correct horse battery' })
    if (!registered.ok) throw new Error(JSON.stringify(registered.form))
    const reader = await confirmAddress(payload, registered.session.reader)
    const checkout = await startCheckout(payload, demoProvider, reader, { planId: 'monthly' }, { siteUrl: 'http://localhost:3000', now: new Date() })
    expect(checkout).toMatchObject({ ok: true, outcome: { kind: 'activated' } })
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.subscription).toMatchObject({ plan: 'subscriber', status: 'active' })
  })

  it('a reset or a confirmation email that cannot be sent is logged, not thrown at the reader', async () => {
    const reset = passwordResetRequest(payload, { email: 'outage@example.com' })
    if (!reset.ok) throw new Error('a well-formed request')
    await expect(reset.send()).resolves.toBeUndefined()
    const context = { siteUrl: 'http://localhost:3000', secret: serverEnv().PAYLOAD_SECRET, now: new Date() }
    await expect(sendVerificationEmail(payload, { id: 1, email: 'outage@example.com' }, context)).resolves.toBeUndefined()
  })
})
