import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cancelSubscription, CONFIRM_BEFORE_SUBSCRIBING, deleteReaderAccount, loginReader, registerReader, RESET_LINK_UNUSABLE, resetReaderPassword, startCheckout } from '@/accounts/operations'
import { demoProvider } from '@/accounts/payments/demoProvider'
import { PaymentProviderError, type PaymentProvider } from '@/accounts/payments/provider'
import { applySubscriptionChange } from '@/accounts/payments/subscriptionChange'
import { READER_PASSWORD_RESET } from '@/collections/Readers/constants'
import type { Reader } from '@/payload-types'

import { confirmAddress } from '../support/fixtures'
import { bootPayload } from '../support/harness'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const PASSWORD = 'correct horse battery'
const countReaders = async () => (await payload.count({ collection: 'readers', overrideAccess: true })).totalDocs
const context = () => ({ siteUrl: 'http://localhost:3000', now: new Date() })

async function register(email: string, name = 'Ana Reader'): Promise<Reader> {
  const result = await registerReader(payload, { name, email, password: PASSWORD })
  if (!result.ok) throw new Error(JSON.stringify(result.form))
  return result.session.reader
}

describe('registration', () => {
  it('creates a free account, hashes the password and signs the reader in', async () => {
    const result = await registerReader(payload, { name: '  Ana Reader ', email: 'Ana@Example.com', password: PASSWORD })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.session.token.split('.')).toHaveLength(3)
    const stored = await payload.findByID({ collection: 'readers', id: result.session.reader.id, overrideAccess: true, showHiddenFields: true })
    expect(stored).toMatchObject({ name: 'Ana Reader', email: 'ana@example.com', subscription: { plan: 'free', status: 'none' } })
    expect(JSON.stringify(stored)).not.toContain(PASSWORD)
  })

  it('refuses an email that already has an account, whatever its case, and creates nothing', async () => {
    const before = await countReaders()
    const result = await registerReader(payload, { name: 'Someone', email: 'ANA@example.com', password: PASSWORD })
    expect(result).toEqual({
      ok: false,
      form: { fieldErrors: { email: 'An account with this email already exists. Log in instead.' }, values: { name: 'Someone', email: 'ANA@example.com' } },
    })
    expect(await countReaders()).toBe(before)
  })

  it.each([
    ['a malformed email', { name: 'Bo', email: 'not-an-email', password: PASSWORD }, 'email', 'Enter a valid email address, like name@example.com.'],
    ['a 10 KB name', { name: 'x'.repeat(10_240), email: 'bo@example.com', password: PASSWORD }, 'name', 'Keep your name under 100 characters.'],
    ['a short password', { name: 'Bo', email: 'bo@example.com', password: 'short' }, 'password', 'Use at least 10 characters.'],
    ['a missing name', { email: 'bo@example.com', password: PASSWORD }, 'name', 'Enter your name.'],
  ])('answers %s next to the field and creates nothing', async (_case, input, field, message) => {
    const before = await countReaders()
    const result = await registerReader(payload, input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.form.fieldErrors?.[field]).toBe(message)
    expect(JSON.stringify(result.form.values ?? {})).not.toContain(PASSWORD)
    expect(await countReaders()).toBe(before)
  })

  it("is the only way to create an account: Payload's own first-register path cannot write a subscription", async () => {
    // What POST /api/readers/first-register does while no reader exists yet: create with overrideAccess.
    const before = await countReaders()
    await expect(
      payload.create({
        collection: 'readers',
        overrideAccess: true,
        data: { name: 'First', email: 'first@example.com', password: PASSWORD, subscription: { plan: 'subscriber', status: 'active' } },
      }),
    ).rejects.toThrow('Reader accounts are created through the /register page.')
    expect(await countReaders()).toBe(before)
  })

  it('cannot be used to buy a plan: extra fields are ignored', async () => {
    const result = await registerReader(payload, {
      name: 'Sneaky',
      email: 'sneaky@example.com',
      password: PASSWORD,
      subscription: { plan: 'subscriber', status: 'active' },
      'subscription.plan': 'subscriber',
    })
    expect(result.ok && result.session.reader.subscription?.plan).toBe('free')
  })
})

describe('logging in', () => {
  it('signs in with the right password', async () => {
    await register('cy@example.com')
    const result = await loginReader(payload, { email: 'CY@example.com', password: PASSWORD })
    expect(result.ok).toBe(true)
  })

  it('gives one message for a wrong password and an unknown email', async () => {
    await register('known@example.com')
    const wrong = await loginReader(payload, { email: 'known@example.com', password: 'wrong password' })
    const unknown = await loginReader(payload, { email: 'nobody@example.com', password: 'wrong password' })
    expect(wrong).toMatchObject({ ok: false, form: { message: 'That email and password do not match an account.' } })
    expect(unknown).toMatchObject({ ok: false, form: { message: 'That email and password do not match an account.' } })
  })

  it('stops a client after five guesses at one address, saying the same whether or not it has an account', async () => {
    await register('brute@example.com')
    for (const email of ['brute@example.com', 'no-account-brute@example.com']) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect(await loginReader(payload, { email, password: `guess-${attempt}` })).toMatchObject({ ok: false })
      }
    }
    const known = await loginReader(payload, { email: 'brute@example.com', password: PASSWORD })
    const unknown = await loginReader(payload, { email: 'no-account-brute@example.com', password: PASSWORD })
    expect(known).toMatchObject({ ok: false, form: { message: expect.stringMatching(/^Too many attempts from your address; try again in \d+ seconds?\.$/) } })
    const wordsOf = (result: typeof known) => (result.ok ? '' : (result.form.message ?? '').replace(/\d+ seconds?/, 'N seconds'))
    expect(unknown.ok).toBe(false)
    expect(wordsOf(unknown)).toBe(wordsOf(known))
    // Nothing was locked: the account holds no lock of Payload's, and the address is no oracle.
    const [stored] = (await payload.find({ collection: 'readers', where: { email: { equals: 'brute@example.com' } }, showHiddenFields: true })).docs
    expect(stored).not.toHaveProperty('lockUntil')
  })

  it('validates what was typed before asking Payload', async () => {
    const result = await loginReader(payload, { email: 'x'.repeat(300), password: '' })
    expect(result).toMatchObject({ ok: false, form: { fieldErrors: { email: 'That email address is too long.', password: 'Enter your password.' } } })
  })
})

describe('what a reader may do with reader accounts through Payload', () => {
  it('sees only their own account', async () => {
    const reader = await register('dee@example.com')
    const { docs } = await payload.find({ collection: 'readers', overrideAccess: false, user: { ...reader, collection: 'readers' } })
    expect(docs.map((doc) => doc.email)).toEqual(['dee@example.com'])
  })

  it('may change their name but never their own plan, subscription or meter', async () => {
    const reader = await register('eve@example.com')
    const updated = await payload.update({
      collection: 'readers',
      id: reader.id,
      overrideAccess: false,
      user: { ...reader, collection: 'readers' },
      data: {
        name: 'Eve Renamed',
        subscription: { plan: 'subscriber', status: 'active' },
        meter: { windowStart: new Date().toISOString(), readArticleIds: [] },
      },
    })
    expect(updated.name).toBe('Eve Renamed')
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.subscription).toMatchObject({ plan: 'free', status: 'none' })
    expect(stored.meter?.windowStart ?? null).toBeNull()
  })

  it('cannot create reader accounts through the API (registration is the /register form)', async () => {
    const reader = await register('fay@example.com')
    await expect(
      payload.create({
        collection: 'readers',
        overrideAccess: false,
        user: { ...reader, collection: 'readers' },
        data: { name: 'Clone', email: 'clone@example.com', password: PASSWORD, subscription: { plan: 'subscriber', status: 'active' } },
      }),
    ).rejects.toThrow('Reader accounts are created through the /register page.')
  })
})

describe('subscribing through the demo provider', () => {
  it('refuses an unknown plan and changes nothing', async () => {
    const reader = await register('gus@example.com')
    const result = await startCheckout(payload, demoProvider, reader, { planId: 'platinum' }, context())
    expect(result).toEqual({ ok: false, form: { message: 'That plan does not exist. Choose one of the plans on this page.' } })
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.subscription?.plan).toBe('free')
  })

  it('waits for the reader to confirm their address, and says so', async () => {
    const reader = await register('unconfirmed@example.com')
    const refused = await startCheckout(payload, demoProvider, reader, { planId: 'monthly' }, context())
    expect(refused).toEqual({ ok: false, form: { message: CONFIRM_BEFORE_SUBSCRIBING } })
    expect((await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })).subscription?.plan).toBe('free')
    const accepted = await startCheckout(payload, demoProvider, await confirmAddress(payload, reader), { planId: 'monthly' }, context())
    expect(accepted).toMatchObject({ ok: true, outcome: { kind: 'activated' } })
  })

  it('activates at once for the plan period, refuses a second checkout, and cancels', async () => {
    const reader = await confirmAddress(payload, await register('hal@example.com'))
    const now = new Date()
    const result = await startCheckout(payload, demoProvider, reader, { planId: 'monthly' }, { ...context(), now })
    expect(result.ok).toBe(true)
    if (!result.ok || result.outcome.kind !== 'activated') throw new Error('expected an activated subscription')
    const subscribed = result.outcome.reader
    expect(subscribed.subscription).toMatchObject({ plan: 'subscriber', status: 'active', planId: 'monthly', provider: 'demo' })
    const end = new Date(subscribed.subscription!.currentPeriodEnd!)
    expect(end.getTime() - now.getTime()).toBeGreaterThan(27 * 86_400_000)
    expect(end.getTime() - now.getTime()).toBeLessThan(32 * 86_400_000)

    const again = await startCheckout(payload, demoProvider, subscribed, { planId: 'annual' }, context())
    expect(again).toEqual({ ok: false, form: { message: 'You already subscribe: every story is open to you. Nothing was charged.' } })
    const unchanged = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(unchanged.subscription?.planId).toBe('monthly')

    const canceled = await cancelSubscription(payload, demoProvider, unchanged, context())
    expect(canceled.ok && canceled.outcome.kind === 'canceled' && canceled.outcome.reader.subscription).toMatchObject({ plan: 'free', status: 'canceled' })
    const afterCancel = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    const twice = await cancelSubscription(payload, demoProvider, afterCancel, context())
    expect(twice).toMatchObject({ ok: false })
  })

  it('skips a provider event older than the last one applied (Stripe delivers out of order)', async () => {
    const reader = await register('ordered@example.com')
    const change = { readerId: String(reader.id), currentPeriodEnd: null, providerCustomerId: 'cus_1', providerSubscriptionId: 'sub_1', provider: 'stripe' } as const
    const canceled = await applySubscriptionChange(payload, { ...change, plan: 'free', status: 'canceled', occurredAt: '2026-11-28T12:00:00.000Z' })
    expect(canceled?.applied).toBe(true)
    const late = await applySubscriptionChange(payload, { ...change, plan: 'subscriber', status: 'active', occurredAt: '2026-11-28T11:59:00.000Z' })
    expect(late).toMatchObject({ applied: false, reader: { subscription: { plan: 'free', status: 'canceled' } } })
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.subscription).toMatchObject({ plan: 'free', status: 'canceled', providerEventAt: '2026-11-28T12:00:00.000Z' })
  })

  it('does not let the end of a duplicate subscription end the one in force', async () => {
    const reader = await register('duplicate-checkout@example.com')
    const base = { readerId: String(reader.id), providerCustomerId: 'cus_2', provider: 'stripe' } as const
    const periodEnd = new Date(Date.now() + 30 * 86_400_000).toISOString()
    await applySubscriptionChange(payload, { ...base, plan: 'subscriber', status: 'active', currentPeriodEnd: periodEnd, providerSubscriptionId: 'sub_kept' })
    const other = await applySubscriptionChange(payload, { ...base, plan: 'free', status: 'canceled', currentPeriodEnd: null, providerSubscriptionId: 'sub_duplicate' })
    expect(other).toMatchObject({ applied: false, reason: 'About another subscription than the one in force.' })
    const own = await applySubscriptionChange(payload, { ...base, plan: 'free', status: 'canceled', currentPeriodEnd: null, providerSubscriptionId: 'sub_kept' })
    expect(own).toMatchObject({ applied: true, reader: { subscription: { plan: 'free', status: 'canceled' } } })
  })

  it('ignores a subscription change for a reader that does not exist', async () => {
    const change = { readerId: '999999', plan: 'subscriber', status: 'active', currentPeriodEnd: null, providerCustomerId: null, providerSubscriptionId: null, provider: 'stripe' } as const
    expect(await applySubscriptionChange(payload, change)).toBeNull()
    expect(await applySubscriptionChange(payload, { ...change, readerId: 'not-an-id' })).toBeNull()
  })
})

describe('reader accounts, for staff', () => {
  it('are managed by admins; editors, journalists and contributors do not see them', async () => {
    await register('private@example.com')
    const staffMember = (role: 'admin' | 'editor' | 'journalist' | 'contributor') =>
      payload.create({ collection: 'users', data: { email: `${role}-reader-test@newsroom.test`, password: 'a-long-password', name: role, role } })
    // The first staff account is always an admin (collections/Users): create it first.
    const admin = await staffMember('admin')
    const editor = await staffMember('editor')
    const journalist = await staffMember('journalist')
    const contributor = await staffMember('contributor')
    const { docs } = await payload.find({ collection: 'readers', overrideAccess: false, user: admin, where: { email: { equals: 'private@example.com' } } })
    expect(docs).toHaveLength(1)
    for (const user of [editor, journalist, contributor]) {
      await expect(payload.find({ collection: 'readers', overrideAccess: false, user })).rejects.toThrow(/not allowed/i)
    }
  })
})

describe('deleting an account', () => {
  const exists = async (id: Reader['id']) => (await payload.count({ collection: 'readers', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
  const subscribe = async (email: string) => {
    const reader = await confirmAddress(payload, await register(email))
    const checkout = await startCheckout(payload, demoProvider, reader, { planId: 'monthly' }, context())
    if (!checkout.ok || checkout.outcome.kind !== 'activated') throw new Error('expected an activated subscription')
    return checkout.outcome.reader
  }

  it('needs the account’s password', async () => {
    const reader = await register('keeper@example.com')
    expect(await deleteReaderAccount(payload, demoProvider, reader, { password: 'not the password' }, context())).toEqual({
      ok: false,
      form: { fieldErrors: { password: 'That is not the password of this account.' } },
    })
    expect(await deleteReaderAccount(payload, demoProvider, reader, { password: ['a', 'b'] }, context())).toMatchObject({ ok: false, form: { fieldErrors: { password: expect.any(String) } } })
    expect(await exists(reader.id)).toBe(true)
  })

  it('ends an active subscription with the provider first, then deletes the account', async () => {
    const reader = await subscribe('leaver@example.com')
    const ended: Reader['id'][] = []
    const recording: PaymentProvider = {
      ...demoProvider,
      endNow: async (args) => {
        ended.push(args.reader.id)
        await demoProvider.endNow(args)
      },
    }
    expect(await deleteReaderAccount(payload, recording, reader, { password: PASSWORD }, context())).toEqual({ ok: true })
    expect(ended).toEqual([reader.id])
    expect(await exists(reader.id)).toBe(false)
  })

  it('keeps the account when the provider cannot end the subscription, and says so', async () => {
    const reader = await subscribe('stuck@example.com')
    const refusing: PaymentProvider = {
      ...demoProvider,
      endNow: async () => {
        throw new PaymentProviderError('Stripe refused the request (HTTP 500).')
      },
    }
    const result = await deleteReaderAccount(payload, refusing, reader, { password: PASSWORD }, context())
    expect(result).toEqual({ ok: false, form: { message: 'Your subscription could not be ended, so your account is kept: Stripe refused the request (HTTP 500). Please try again later.' } })
    expect(await exists(reader.id)).toBe(true)
  })
})

describe('a password reset link', () => {
  const RESET_UNUSABLE = { ok: false, form: { message: RESET_LINK_UNUSABLE } }
  // As the /forgot-password page asks (accounts/operations.ts), without the email.
  const tokenFor = async (email: string) =>
    (await payload.forgotPassword({ collection: 'readers', data: { email }, disableEmail: true, context: { [READER_PASSWORD_RESET]: true } })) as string

  it('works once: the same token cannot set a password again', async () => {
    await register('reset-once@example.com')
    const token = await tokenFor('reset-once@example.com')
    expect(await resetReaderPassword(payload, { token, password: 'a first new password' })).toMatchObject({ ok: true })
    expect(await resetReaderPassword(payload, { token, password: 'a second new password' })).toMatchObject(RESET_UNUSABLE)
    expect(await loginReader(payload, { email: 'reset-once@example.com', password: 'a first new password' })).toMatchObject({ ok: true })
  })

  it('expires: a token past its hour sets nothing', async () => {
    const reader = await register('reset-late@example.com')
    const token = await tokenFor('reset-late@example.com')
    await payload.update({ collection: 'readers', id: reader.id, data: { resetPasswordExpiration: new Date(Date.now() - 1_000).toISOString() } as never, overrideAccess: true })
    expect(await resetReaderPassword(payload, { token, password: 'a late new password' })).toMatchObject(RESET_UNUSABLE)
    expect(await loginReader(payload, { email: 'reset-late@example.com', password: PASSWORD })).toMatchObject({ ok: true })
  })
})
