import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verificationToken } from '@/accounts/emailVerification'
import {
  cancelSubscription,
  CONFIRM_BEFORE_SUBSCRIBING,
  isResetTokenLive,
  loginReader,
  passwordResetRequest,
  registerReader,
  RESET_LINK_UNUSABLE,
  resetReaderPassword,
  sendVerificationEmail,
  startCheckout,
  verificationResend,
  verifyReaderEmail,
} from '@/accounts/operations'
import { demoProvider } from '@/accounts/payments/demoProvider'
import { applySubscriptionChange } from '@/accounts/payments/subscriptionChange'
import { serverEnv } from '@/lib/platform/env'
import { memoryStore } from '@/delivery/rateLimits/stores'
import type { Reader } from '@/payload-types'

import { emailsTo, linkIn, startMailbox, waitForEmail, type RunningMailbox } from '../support/mailbox'
import { confirmAddress } from '../support/fixtures'
import { bootPayload } from '../support/harness'

let payload: Payload
let mailbox: RunningMailbox
let cleanup: () => Promise<void>

beforeAll(async () => {
  mailbox = await startMailbox()
  // Read when the config is first imported (bootPayload), as a server reads its environment at start-up.
  Object.assign(process.env, mailbox.env)
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => {
  await cleanup?.()
  await mailbox?.stop()
})

describe('email', () => {
  it('goes out through the SMTP server the environment names, from its address', async () => {
    await payload.sendEmail({ to: 'someone@example.com', subject: 'A test message', text: 'Hello from the newsroom.' })
    const email = await waitForEmail(mailbox.dir, 'someone@example.com')
    expect(email).toMatchObject({ from: 'newsroom@tests.example', subject: 'A test message' })
    expect(email.text).toContain('Hello from the newsroom.')
  })
})

const PASSWORD = 'correct horse battery'
const NEW_PASSWORD = 'a brand new password'

async function registered(email: string) {
  const result = await registerReader(payload, { name: 'Reset Reader', email, password: PASSWORD })
  if (!result.ok) throw new Error(JSON.stringify(result.form))
  return result.session.reader
}

async function resetLinkFor(email: string): Promise<string> {
  const request = passwordResetRequest(payload, { email })
  if (!request.ok) throw new Error(JSON.stringify(request.form))
  await request.send()
  const message = await waitForEmail(mailbox.dir, email.trim(), { subject: /reset your password/i })
  return linkIn(message, 'http://localhost:3000/reset-password?token=')
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token')

describe('a forgotten password', () => {
  it('is reset through a link emailed to the account, which signs the reader in once and then stops working', async () => {
    await registered('forgetful@example.com')
    const token = tokenOf(await resetLinkFor('Forgetful@Example.com '))
    expect(token).toMatch(/^[0-9a-f]{40}$/)
    expect(await isResetTokenLive(payload, token)).toBe(true)

    const reset = await resetReaderPassword(payload, { token, password: NEW_PASSWORD })
    expect(reset.ok).toBe(true)
    if (!reset.ok) return
    expect(reset.session.reader.email).toBe('forgetful@example.com')
    expect(reset.session.expiresAt.getTime()).toBeGreaterThan(Date.now())
    expect((await loginReader(payload, { email: 'forgetful@example.com', password: NEW_PASSWORD })).ok).toBe(true)
    expect((await loginReader(payload, { email: 'forgetful@example.com', password: PASSWORD })).ok).toBe(false)

    expect(await isResetTokenLive(payload, token)).toBe(false)
    expect(await resetReaderPassword(payload, { token, password: 'yet another password' })).toEqual({ ok: false, form: { message: RESET_LINK_UNUSABLE } })
  })

  it('answers an address with no account exactly as one with an account, and emails nobody', async () => {
    await registered('has-account@example.com')
    const unknown = passwordResetRequest(payload, { email: 'no-account@example.com' })
    const known = passwordResetRequest(payload, { email: 'has-account@example.com' })
    expect(Object.keys(unknown)).toEqual(Object.keys(known))
    if (!unknown.ok || !known.ok) throw new Error('both requests are well formed')
    await unknown.send()
    await known.send()
    // Sent one after the other: by the time the second email is in, the first would be too.
    await waitForEmail(mailbox.dir, 'has-account@example.com')
    expect(emailsTo(mailbox.dir, 'no-account@example.com')).toEqual([])
  })

  it("is not asked for through Payload's own endpoint, which would answer only once the email is sent", async () => {
    await registered('rest-reset@example.com')
    await expect(payload.forgotPassword({ collection: 'readers', data: { email: 'rest-reset@example.com' } })).rejects.toMatchObject({
      status: 403,
      message: 'Ask for a reset link on the /forgot-password page.',
    })
  })

  it('refuses a malformed address next to the field, and sends nothing', () => {
    expect(passwordResetRequest(payload, { email: ['a@example.com', 'b@example.com'] })).toMatchObject({
      ok: false,
      form: { fieldErrors: { email: expect.any(String) } },
    })
    expect(passwordResetRequest(payload, {})).toMatchObject({ ok: false, form: { fieldErrors: { email: 'Enter your email address.' } } })
  })

  it.each([
    ['no token', { password: NEW_PASSWORD }],
    ['a garbled token', { token: 'not-a-token', password: NEW_PASSWORD }],
    ['a token in an array', { token: ['0'.repeat(40)], password: NEW_PASSWORD }],
    ['a well-formed token nobody was given', { token: '0'.repeat(40), password: NEW_PASSWORD }],
  ])('answers %s with the message that the link cannot be used', async (_case, input) => {
    expect(await resetReaderPassword(payload, input)).toEqual({ ok: false, form: { message: RESET_LINK_UNUSABLE } })
    expect(await isResetTokenLive(payload, (input as { token?: unknown }).token)).toBe(false)
  })

  it('asks for a longer password without spending the link', async () => {
    await registered('short-new@example.com')
    const token = tokenOf(await resetLinkFor('short-new@example.com'))
    expect(await resetReaderPassword(payload, { token, password: 'short' })).toEqual({
      ok: false,
      form: { fieldErrors: { password: 'Use at least 10 characters.' } },
    })
    expect(await isResetTokenLive(payload, token)).toBe(true)
  })
})

describe("a new reader's address", () => {
  const secret = () => serverEnv().PAYLOAD_SECRET
  const context = () => ({ siteUrl: 'http://localhost:3000', secret: secret(), now: new Date() })
  const stored = async (id: Reader['id']) => payload.findByID({ collection: 'readers', id, depth: 0, overrideAccess: true })

  it('is confirmed by the link emailed to it, which may be followed again', async () => {
    const reader = await registered('confirm@example.com')
    expect(reader.emailVerifiedAt ?? null).toBeNull()
    await sendVerificationEmail(payload, reader, context())
    const link = linkIn(await waitForEmail(mailbox.dir, 'confirm@example.com', { subject: /confirm your email/i }), 'http://localhost:3000/verify?token=')
    const token = new URL(link).searchParams.get('token')
    expect(await verifyReaderEmail(payload, token, context())).toEqual({ ok: true })
    const confirmedAt = (await stored(reader.id)).emailVerifiedAt
    expect(confirmedAt).toEqual(expect.any(String))
    expect(await verifyReaderEmail(payload, token, context())).toEqual({ ok: true })
    expect((await stored(reader.id)).emailVerifiedAt).toBe(confirmedAt)
    expect(await verificationResend(payload, await stored(reader.id), context(), memoryStore())).toEqual({
      ok: false,
      form: { message: 'Your email address is already confirmed.' },
    })
  })

  it('is not confirmed by a link made for the address the account had before', async () => {
    const reader = await registered('moving@example.com')
    const token = await verificationToken(reader, secret(), Date.now())
    await payload.update({ collection: 'readers', id: reader.id, data: { email: 'moved@example.com' }, overrideAccess: true })
    expect(await verifyReaderEmail(payload, token, context())).toEqual({ ok: false })
    expect((await stored(reader.id)).emailVerifiedAt ?? null).toBeNull()
  })

  it("confirms only its own account: another account's number in it confirms neither", async () => {
    const mine = await registered('link-owner@example.com')
    const theirs = await registered('link-target@example.com')
    const [, expiry, signature] = (await verificationToken(mine, secret(), Date.now())).split('.')

    expect(await verifyReaderEmail(payload, `${theirs.id}.${expiry}.${signature}`, context())).toEqual({ ok: false })
    expect((await stored(theirs.id)).emailVerifiedAt ?? null).toBeNull()
    expect((await stored(mine.id)).emailVerifiedAt ?? null).toBeNull()
  })

  it.each([undefined, 'garbage', ['1.abc.def'], `999999.${(Date.now() + 60_000).toString(36)}.${'a'.repeat(43)}`])('is not confirmed by %o', async (token) => {
    expect(await verifyReaderEmail(payload, token, context())).toEqual({ ok: false })
  })

  it('is confirmed by a password reset by email, since the reader followed a link sent to it', async () => {
    const reader = await registered('reset-confirms@example.com')
    const token = tokenOf(await resetLinkFor('reset-confirms@example.com'))
    expect((await resetReaderPassword(payload, { token, password: NEW_PASSWORD })).ok).toBe(true)
    expect((await stored(reader.id)).emailVerifiedAt).toEqual(expect.any(String))
  })

  it('is unconfirmed again when the reader changes it, and stays confirmed through other changes', async () => {
    const reader = await confirmAddress(payload, await registered('changing@example.com'))
    const asReader = { overrideAccess: false, user: { ...reader, collection: 'readers' as const } }
    await payload.update({ collection: 'readers', id: reader.id, data: { name: 'A New Name' }, ...asReader })
    expect((await stored(reader.id)).emailVerifiedAt).toBe(reader.emailVerifiedAt)

    await payload.update({ collection: 'readers', id: reader.id, data: { email: 'changed@example.com' }, ...asReader })
    const changed = await stored(reader.id)
    expect(changed.emailVerifiedAt ?? null).toBeNull()
    expect(await startCheckout(payload, demoProvider, changed, { planId: 'monthly' }, { siteUrl: 'http://localhost:3000', now: new Date() })).toEqual({
      ok: false,
      form: { message: CONFIRM_BEFORE_SUBSCRIBING },
    })
    // Staff who fix an address for a reader may confirm it in the same save.
    const confirmedAt = new Date().toISOString()
    await payload.update({ collection: 'readers', id: reader.id, data: { email: 'fixed@example.com', emailVerifiedAt: confirmedAt }, overrideAccess: true })
    expect((await stored(reader.id)).emailVerifiedAt).toBe(confirmedAt)
  })

  it('can have its link sent again while it is unconfirmed', async () => {
    const reader = await registered('again@example.com')
    const resend = await verificationResend(payload, reader, context(), memoryStore())
    if (!resend.ok) throw new Error('an unconfirmed reader may ask again')
    expect(resend.notice).toBe('We have sent the link again to again@example.com. It works for a week.')
    await resend.send()
    expect(await waitForEmail(mailbox.dir, 'again@example.com')).toMatchObject({ subject: 'Confirm your email address' })
  })

  it('has its link sent again once a minute and five times an hour, the form saying when to ask again', async () => {
    const reader = await registered('impatient@example.com')
    const limits = memoryStore()
    const start = Date.now()
    const askAt = (minutes: number, seconds = 0) =>
      verificationResend(payload, reader, { ...context(), now: new Date(start + minutes * 60_000 + seconds * 1000) }, limits)
    const refusal = (when: string) => ({
      ok: false,
      form: { message: `We sent the link to impatient@example.com a short while ago; look for it there. You can ask again ${when}.` },
    })
    expect((await askAt(0)).ok).toBe(true)
    expect(await askAt(0, 20)).toEqual(refusal('in 40 seconds'))
    expect(await askAt(0, 59)).toEqual(refusal('in 1 second'))
    // Refused clicks spend nothing of the hour: four more minutes, four more links.
    for (const minute of [1, 2, 3, 4]) expect((await askAt(minute, 1)).ok, `minute ${minute}`).toBe(true)
    expect(await askAt(10)).toEqual(refusal('in 50 minutes'))
    expect((await askAt(60, 1)).ok).toBe(true)
  })
})

describe('a receipt', () => {
  const subjectsTo = (email: string) => emailsTo(mailbox.dir, email).map((message) => message.subject)

  it('is emailed when a subscription starts and when it ends, through the demo provider', async () => {
    const reader = await confirmAddress(payload, await registered('receipts-demo@example.com'))
    const checkout = await startCheckout(payload, demoProvider, reader, { planId: 'annual' }, { siteUrl: 'http://localhost:3000', now: new Date() })
    if (!checkout.ok || checkout.outcome.kind !== 'activated') throw new Error('expected an activated subscription')
    const started = await waitForEmail(mailbox.dir, 'receipts-demo@example.com', { subject: /started/ })
    expect(started.text).toContain('annual, $80 a year')
    expect(started.text).toContain('nothing was charged')

    await cancelSubscription(payload, demoProvider, checkout.outcome.reader, { siteUrl: 'http://localhost:3000', now: new Date() })
    await waitForEmail(mailbox.dir, 'receipts-demo@example.com', { subject: /ended/ })
  })

  it("is emailed once for a Stripe subscription's start, not again for its renewal or a retried payment", async () => {
    const reader = await registered('receipts-stripe@example.com')
    const change = { readerId: String(reader.id), providerCustomerId: 'cus_r', providerSubscriptionId: 'sub_r', provider: 'stripe' } as const
    const end = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
    await applySubscriptionChange(payload, { ...change, plan: 'subscriber', status: 'active', planId: 'monthly', currentPeriodEnd: end(30) })
    await applySubscriptionChange(payload, { ...change, plan: 'subscriber', status: 'active', currentPeriodEnd: end(60) })
    await applySubscriptionChange(payload, { ...change, plan: 'subscriber', status: 'past_due', currentPeriodEnd: end(60) })
    await applySubscriptionChange(payload, { ...change, plan: 'free', status: 'canceled', currentPeriodEnd: null })
    await waitForEmail(mailbox.dir, 'receipts-stripe@example.com', { subject: /ended/ })
    await waitForEmail(mailbox.dir, 'receipts-stripe@example.com', { subject: /started/ })
    // Sent without waiting, so in no set order; one of each.
    expect(subjectsTo('receipts-stripe@example.com').sort()).toEqual(['Your subscription has ended', 'Your subscription has started'])
  })
})
