import { beforeAll, describe, expect, inject, it } from 'vitest'

import { signStripePayload } from '@/accounts/payments/stripeWebhook'

import { emailsTo, waitForEmail } from '../support/mailbox'
import { createReaderAccount, decodeEntities, Reader, READER_PASSWORD, readerLogin, signedInStaff } from '../support/reader'
import { TEST_STRIPE_WEBHOOK_SECRET } from '../support/server'

let staff: Reader
beforeAll(async () => {
  staff = await signedInStaff()
})

/** A reader created by staff (address confirmed), signed in through the login form. */
async function signedIn(email: string, fields: Record<string, unknown> = {}): Promise<{ reader: Reader; id: string | number }> {
  const { id } = await createReaderAccount(staff, email, fields)
  const reader = new Reader()
  expect((await reader.submitForm('/login', { email, password: READER_PASSWORD })).status).toBe(303)
  return { reader, id }
}

describe('receipts', () => {
  it('are emailed when a reader subscribes through the demo provider and when they cancel', async () => {
    const { reader } = await signedIn('receipt-reader@example.com')
    const subscribed = await reader.submitForm('/subscribe', {}, {}, 'Subscribe monthly')
    expect(subscribed.headers.get('location')).toBe('/account?subscribed=1')
    const started = await waitForEmail(inject('mailDir'), 'receipt-reader@example.com', { subject: /has started/ })
    expect(started.text).toContain('monthly, $8 a month')
    expect(started.text).toContain(`${inject('baseURL')}/account`)

    const canceled = await reader.submitForm('/account', {}, {}, 'Cancel subscription')
    expect(canceled.headers.get('location')).toBe('/account?canceled=1')
    await waitForEmail(inject('mailDir'), 'receipt-reader@example.com', { subject: /has ended/ })
  })

  it("are emailed when Stripe's webhook starts a subscription", async () => {
    const { id } = await createReaderAccount(staff, 'receipt-stripe@example.com')
    const now = Math.floor(Date.now() / 1000)
    const body = JSON.stringify({
      id: 'evt_receipt',
      created: now,
      type: 'customer.subscription.created',
      data: {
        object: { id: 'sub_receipt', customer: 'cus_receipt', status: 'active', current_period_end: now + 30 * 86_400, metadata: { readerId: String(id) } },
      },
    })
    const response = await new Reader().request('/webhooks/stripe', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signStripePayload(body, TEST_STRIPE_WEBHOOK_SECRET, now) },
      body,
    })
    expect(response.status).toBe(200)
    const receipt = await waitForEmail(inject('mailDir'), 'receipt-stripe@example.com', { subject: /has started/ })
    expect(receipt.text).not.toContain('nothing was charged')
  })
})

describe("a reader's data", () => {
  it('downloads as a JSON file of their account, subscription and meter, for them alone, never cached', async () => {
    const { reader } = await signedIn('my-data@example.com')
    await reader.get('/articles/bolivia-iranian-drones-concerns')
    const response = await reader.get('/account/data')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="newsroom-account.json"')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const text = await response.text()
    const data = JSON.parse(text) as { account: { email: string }; subscription: { plan: string }; meter: { storiesRead: number } }
    expect(data).toMatchObject({ account: { email: 'my-data@example.com' }, subscription: { plan: 'free' }, meter: { storiesRead: 1 } })
    for (const field of ['hash', 'salt', 'resetPasswordToken', 'sessions', 'loginAttempts']) expect(text).not.toContain(`"${field}"`)
    expect(decodeEntities(await reader.html('/account'))).toContain('href="/account/data"')
  })

  it('is refused to visitors who are not signed in (401) and to staff (403), never cached', async () => {
    const anonymous = await new Reader().get('/account/data')
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
    expect((await staff.get('/account/data')).status).toBe(403)
  })

  it('answers a POST without a server error', async () => {
    const response = await new Reader().request('/account/data', {
      method: 'POST',
      body: 'x=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

describe('deleting an account', () => {
  it('asks for the password, and a wrong or missing one deletes nothing', async () => {
    const { reader, id } = await signedIn('keep-me@example.com')
    const wrong = await reader.submitForm('/account', { password: 'not the password' }, {}, 'Delete my account')
    expect(wrong.status).toBe(200)
    expect(decodeEntities(await wrong.text())).toContain('That is not the password of this account.')
    const missing = await reader.submitForm('/account', { password: '' }, {}, 'Delete my account')
    expect(decodeEntities(await missing.text())).toContain('Enter your password.')
    expect((await staff.get(`/api/readers/${id}`)).status).toBe(200)
  })

  it('ends the subscription first, then deletes the account and its sessions, and signs the reader out', async () => {
    const paidUntil = new Date(Date.now() + 30 * 86_400_000).toISOString()
    const { reader, id } = await signedIn('leave-me@example.com', {
      subscription: { plan: 'subscriber', status: 'active', planId: 'monthly', currentPeriodEnd: paidUntil, provider: 'demo' },
    })
    const copiedCookie = reader.cookies.get('payload-token')!
    const deleted = await reader.submitForm('/account', { password: READER_PASSWORD }, {}, 'Delete my account')
    expect(deleted.status).toBe(303)
    expect(deleted.headers.get('location')).toBe('/account/deleted')
    expect(reader.cookies.get('payload-token') ?? '').toBe('')
    expect(await reader.html('/account/deleted')).toContain('Your account is deleted')

    // The subscription ended before the account went (its receipt says so); then the account and every session on it.
    await waitForEmail(inject('mailDir'), 'leave-me@example.com', { subject: /has ended/ })
    expect((await staff.get(`/api/readers/${id}`)).status).toBe(404)
    const elsewhere = new Reader()
    elsewhere.cookies.set('payload-token', copiedCookie)
    expect(((await (await elsewhere.get('/api/readers/me')).json()) as { user: unknown }).user).toBeNull()
    expect((await readerLogin('leave-me@example.com')).response.status).toBe(401)
    expect(emailsTo(inject('mailDir'), 'leave-me@example.com').map((email) => email.subject)).toEqual(['Your subscription has ended'])
  })
})
