import { beforeAll, describe, expect, inject, it } from 'vitest'

import { signStripePayload } from '@/accounts/payments/stripeWebhook'
import { CROSS_SITE_POST_HEADING } from '@/delivery/plainPages'

import { TEST_STRIPE_WEBHOOK_SECRET } from '../support/server'
import { createReaderAccount, decodeEntities, Reader, READER_PASSWORD, readerLogin, signedInStaff, type ReaderAccount } from '../support/reader'

let staff: Reader

async function readerAsStaffSees(id: string | number): Promise<ReaderAccount> {
  return (await (await staff.get(`/api/readers/${id}`)).json()) as ReaderAccount
}

beforeAll(async () => {
  staff = await signedInStaff()
})

describe('reader accounts through the API', () => {
  it('cannot be listed or created by anonymous callers, on REST or GraphQL', async () => {
    await createReaderAccount(staff, 'listed@example.com')
    const anonymous = new Reader()
    expect((await anonymous.get('/api/readers')).status).toBe(403)
    const graphql = await anonymous.send('POST', '/api/graphql', { query: '{ Readers { docs { email subscription { plan } } } }' })
    const answer = (await graphql.json()) as { data?: { Readers: unknown }; errors?: { message: string }[] }
    expect(JSON.stringify(answer)).not.toContain('listed@example.com')
    // Refused by access, not by a broken query.
    expect(answer.errors?.[0]?.message).toMatch(/not allowed/i)
    const create = await anonymous.send('POST', '/api/readers', { name: 'Self', email: 'self@example.com', password: READER_PASSWORD, subscription: { plan: 'subscriber', status: 'active' } })
    expect(create.status).toBe(403)
    const { totalDocs } = (await (await staff.get('/api/readers?where[email][equals]=self@example.com')).json()) as { totalDocs: number }
    expect(totalDocs).toBe(0)
  })

  it("refuse Payload's first-register path, which would create an account with a subscription", async () => {
    const response = await new Reader().send('POST', '/api/readers/first-register', {
      name: 'First', email: 'first-register@example.com', password: READER_PASSWORD, subscription: { plan: 'subscriber', status: 'active' },
    })
    expect(response.status).toBe(403)
    const { totalDocs } = (await (await staff.get('/api/readers?where[email][equals]=first-register@example.com')).json()) as { totalDocs: number }
    expect(totalDocs).toBe(0)
  })

  it('keep the record of what staff are editing away from readers', async () => {
    await createReaderAccount(staff, 'snoop@example.com')
    const { reader } = await readerLogin('snoop@example.com')
    expect((await reader.get('/api/payload-locked-documents')).status).toBe(403)
    expect((await reader.get('/api/articles/versions')).status).toBe(403)
  })

  it('show a reader their own account only, and never let them change their plan', async () => {
    const me = await createReaderAccount(staff, 'own@example.com')
    const other = await createReaderAccount(staff, 'other@example.com')
    const { reader } = await readerLogin('own@example.com')

    const list = (await (await reader.get('/api/readers')).json()) as { docs: ReaderAccount[] }
    expect(list.docs.map((doc) => doc.email)).toEqual(['own@example.com'])
    expect([403, 404]).toContain((await reader.get(`/api/readers/${other.id}`)).status)

    const upgrade = await reader.send('PATCH', `/api/readers/${me.id}`, { subscription: { plan: 'subscriber', status: 'active' } })
    expect(upgrade.status).toBeLessThan(500)
    expect((await readerAsStaffSees(me.id)).subscription).toMatchObject({ plan: 'free', status: 'none' })
  })

  it('keep readers out of staff accounts and the admin', async () => {
    await createReaderAccount(staff, 'curious@example.com')
    const { reader } = await readerLogin('curious@example.com')
    expect((await reader.get('/api/users')).status).toBe(403)
    const admin = await reader.get('/admin')
    expect(admin.url).toMatch(/\/admin\/unauthorized$/)
    expect(await admin.text()).toContain('Unauthorized, this user does not have access to the admin panel.')
  })

  it('refuse a forged session: the visitor is anonymous', async () => {
    const forged = new Reader()
    forged.cookies.set('payload-token', 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiY29sbGVjdGlvbiI6InJlYWRlcnMifQ.c2lnbmF0dXJl')
    const me = (await (await forged.get('/api/readers/me')).json()) as { user: unknown }
    expect(me.user).toBeNull()
    const account = await forged.request('/account', { redirect: 'manual' })
    expect(account.status).toBe(307)
  })
})

describe('a session', () => {
  const whoIs = async (token: string) => {
    const holder = new Reader()
    holder.cookies.set('payload-token', token)
    return ((await (await holder.get('/api/readers/me')).json()) as { user: { email: string } | null }).user?.email ?? null
  }

  it('planted in a browser before its owner logs in never becomes theirs: the login issues a new one', async () => {
    await createReaderAccount(staff, 'fixation-attacker@example.com')
    await createReaderAccount(staff, 'fixation-victim@example.com')
    const { reader: attacker } = await readerLogin('fixation-attacker@example.com')
    const planted = attacker.cookies.get('payload-token')!

    // The victim's login form, posted once the attacker's cookie is in their browser.
    const victim = new Reader()
    const plantedCookie = { cookie: `payload-token=${planted}` }
    const accepted = await victim.submitForm('/login', { email: 'fixation-victim@example.com', password: READER_PASSWORD }, plantedCookie)
    expect(accepted.status).toBe(303)

    const issued = victim.cookies.get('payload-token')!
    expect(issued).not.toBe(planted)
    expect(await whoIs(issued)).toBe('fixation-victim@example.com')
    expect(await whoIs(planted)).toBe('fixation-attacker@example.com')
  })

  it('ends on the server at logout: the old cookie, replayed, signs nobody in', async () => {
    await createReaderAccount(staff, 'replayed-logout@example.com')
    const { reader } = await readerLogin('replayed-logout@example.com')
    const token = reader.cookies.get('payload-token')!
    expect(await whoIs(token)).toBe('replayed-logout@example.com')

    const loggedOut = await reader.submitForm('/logout', {})
    expect(loggedOut.status).toBeLessThan(400)
    expect(await whoIs(token)).toBeNull()
  })
})

describe('a wrong password', () => {
  it('takes about as long for an address with no account as for one with an account, so time tells no one which exist', async () => {
    const staff = await signedInStaff()
    // Two accounts, as a guesser would spread its tries.
    const accounts = ['timing-1@example.com', 'timing-2@example.com']
    for (const email of accounts) await createReaderAccount(staff, email)
    const timeOf = async (email: string) => {
      const started = performance.now()
      const { response } = await readerLogin(email, 'not-the-password-1')
      expect(response.status).toBe(401)
      return performance.now() - started
    }
    const known: number[] = []
    const unknown: number[] = []
    // Interleaved, so both meet the same load; the median of five, so one stall elsewhere cannot decide it.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      known.push(await timeOf(accounts[attempt % 2]))
      unknown.push(await timeOf(`nobody-${attempt}@example.com`))
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[2]
    // Without the equalising hash an unknown address answers in a twentieth of the time (0.06); with it, about the same.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.4)
  })
})

describe('a session cookie that is not a token at all', () => {
  it.each(['%E2%9C%93', '%0A', 'x'.repeat(5000)])('is no session (%s): pages answer, stories are metered', async (value) => {
    const visitor = new Reader()
    visitor.cookies.set('payload-token', value)
    expect((await visitor.get('/login')).status).toBe(200)
    expect((await visitor.request('/account', { redirect: 'manual' })).status).toBe(307)
    const story = await visitor.get('/articles/bolivia-iranian-drones-concerns')
    expect(story.status).toBe(200)
    expect(decodeEntities(await story.text())).toContain('You have 2 free articles remaining.')
  })
})

describe('the account forms, posted without JavaScript', () => {
  it('log a reader in and send them on; a wrong password gets the message on the page', async () => {
    await createReaderAccount(staff, 'nojs@example.com')
    const wrong = new Reader()
    const refused = await wrong.submitForm('/login', { email: 'nojs@example.com', password: 'not the password' })
    expect(refused.status).toBe(200)
    expect(decodeEntities(await refused.text())).toContain('That email and password do not match an account.')
    expect(wrong.cookies.has('payload-token')).toBe(false)

    const reader = new Reader()
    const accepted = await reader.submitForm('/login', { email: 'nojs@example.com', password: READER_PASSWORD })
    expect(accepted.status).toBe(303)
    expect(accepted.headers.get('location')).toBe('/account')
    expect(reader.cookies.has('payload-token')).toBe(true)
  })

  it('refuse a post from another site with a 403 that says why, and sign nobody in', async () => {
    await createReaderAccount(staff, 'csrf-target@example.com')
    const victim = new Reader()
    const response = await victim.submitForm('/login', { email: 'csrf-target@example.com', password: READER_PASSWORD }, { origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(decodeEntities(await response.text())).toContain(`<h1>${CROSS_SITE_POST_HEADING}</h1>`)
    expect(victim.cookies.has('payload-token')).toBe(false)
  })

  it.each([
    ['a 10 KB name', { name: 'x'.repeat(10_240), email: 'long-name@example.com' }, 'Keep your name under 100 characters.'],
    ['an email that has an account', { name: 'Twin', email: 'nojs@example.com' }, 'An account with this email already exists. Log in instead.'],
    ['a malformed email', { name: 'Bo', email: 'bo@@example' }, 'Enter a valid email address, like name@example.com.'],
  ])('answer registration with %s next to the field, creating nothing', async (_case, fields, message) => {
    const before = ((await (await staff.get('/api/readers?limit=0')).json()) as { totalDocs: number }).totalDocs
    const response = await new Reader().submitForm('/register', { ...fields, password: READER_PASSWORD })
    expect(response.status).toBe(200)
    expect(decodeEntities(await response.text())).toContain(message)
    expect(((await (await staff.get('/api/readers?limit=0')).json()) as { totalDocs: number }).totalDocs).toBe(before)
  })
})

describe('the account pages', () => {
  it('send a visitor who is not signed in from /account to log in, and back', async () => {
    const response = await new Reader().request('/account', { redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/login?next=%2Faccount')
  })

  it.each(['//evil.example/phish', 'https://evil.example', '/\\evil.example'])('never send a reader off-site after logging in (next=%s)', async (next) => {
    const html = decodeEntities(await (await new Reader().get(`/login?next=${encodeURIComponent(next)}`)).text())
    expect(html).toMatch(/<input type="hidden" name="next" value="\/account"\/>/)
  })

  it('offer the plans, with what the demo provider does, to everyone', async () => {
    const html = decodeEntities(await (await new Reader().get('/subscribe')).text())
    expect(html).toContain('Payments are in demo mode: subscribing activates your subscription at once and nothing is charged.')
    expect(html).toContain('$8 a month')
    expect(html).toContain('Create an account to subscribe')
  })
})

describe('the Stripe webhook', () => {
  const event = (readerId: string | number, type = 'customer.subscription.updated', status = 'active', created = now()) =>
    JSON.stringify({
      id: `evt_${Math.random().toString(36).slice(2)}`,
      created,
      type,
      data: { object: { id: 'sub_1', customer: 'cus_1', status, current_period_end: Math.floor(Date.now() / 1000) + 30 * 86_400, metadata: { readerId: String(readerId) } } },
    })
  const post = (body: string, signature: string | null) =>
    new Reader().request('/webhooks/stripe', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
      body,
    })
  const now = () => Math.floor(Date.now() / 1000)

  it('activates a subscription from a correctly signed event', async () => {
    const reader = await createReaderAccount(staff, 'stripe-paid@example.com')
    const body = event(reader.id)
    const response = await post(body, signStripePayload(body, TEST_STRIPE_WEBHOOK_SECRET, now()))
    expect(response.status).toBe(200)
    expect((await readerAsStaffSees(reader.id)).subscription).toMatchObject({ plan: 'subscriber', status: 'active' })

    const canceled = event(reader.id, 'customer.subscription.deleted', 'canceled')
    expect((await post(canceled, signStripePayload(canceled, TEST_STRIPE_WEBHOOK_SECRET, now()))).status).toBe(200)
    expect((await readerAsStaffSees(reader.id)).subscription).toMatchObject({ plan: 'free', status: 'canceled' })

    // An event created before the cancellation, delivered after it, changes nothing.
    const late = event(reader.id, 'customer.subscription.updated', 'active', now() - 120)
    const lateAnswer = await post(late, signStripePayload(late, TEST_STRIPE_WEBHOOK_SECRET, now()))
    expect(await lateAnswer.json()).toMatchObject({ received: true, ignored: 'Older than the last change applied.' })
    expect((await readerAsStaffSees(reader.id)).subscription).toMatchObject({ plan: 'free', status: 'canceled' })
  })

  it.each([
    ['no signature', () => null],
    ['a signature from another secret', (body: string) => signStripePayload(body, 'whsec_someoneelse', now())],
    ['a replayed, hour-old signature', (body: string) => signStripePayload(body, TEST_STRIPE_WEBHOOK_SECRET, now() - 3600)],
    ['a tampered body', (body: string) => signStripePayload(body.replace('active', 'trialing'), TEST_STRIPE_WEBHOOK_SECRET, now())],
  ])('refuses an event with %s, with a 400 and no change', async (_case, sign) => {
    const reader = await createReaderAccount(staff, `stripe-${Math.random().toString(36).slice(2)}@example.com`)
    const body = event(reader.id)
    const response = await post(body, sign(body))
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toMatch(/\w+/)
    expect((await readerAsStaffSees(reader.id)).subscription).toMatchObject({ plan: 'free' })
  })

  it('answers a signed event that is not JSON, or too large, with a 4xx', async () => {
    const garbage = 'not json at all'
    expect((await post(garbage, signStripePayload(garbage, TEST_STRIPE_WEBHOOK_SECRET, now()))).status).toBe(400)
    const huge = JSON.stringify({ padding: 'x'.repeat(300 * 1024) })
    expect((await post(huge, signStripePayload(huge, TEST_STRIPE_WEBHOOK_SECRET, now()))).status).toBe(413)
    // Streamed, with no Content-Length to check first: still cut off at the limit.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        if (sent > 64) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const streamed = await fetch(new URL('/webhooks/stripe', inject('baseURL')), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
      body: endless,
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it('acknowledges events it does not act on, so Stripe stops retrying', async () => {
    const body = JSON.stringify({ id: 'evt_other', type: 'invoice.created', data: { object: {} } })
    const response = await post(body, signStripePayload(body, TEST_STRIPE_WEBHOOK_SECRET, now()))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ received: true })
  })
})
