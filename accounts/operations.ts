import type { Payload } from 'payload'

import { READER_REGISTRATION } from '@/collections/Readers/constants'
import type { Reader } from '@/payload-types'
import { hasActiveSubscription } from '@/paywall/readerStanding'

import { loginSchema, registrationSchema } from './credentials'
import { echoedValues, fieldErrorsOf, type FormState } from './formState'
import { findPlan, planIdSchema } from './payments/plans'
import { PaymentProviderError, type CancelOutcome, type CheckoutOutcome, type PaymentProvider } from './payments/provider'

/**
 * What the account pages do, as functions of (payload, input): the server
 * actions add cookies and redirects around them, and integration tests call them
 * against a real database. Input is whatever a form posted; it is validated here.
 */

export type Session = { token: string; expiresAt: Date; reader: Reader }
type Failure = { ok: false; form: FormState }

const DUPLICATE_EMAIL = 'An account with this email already exists. Log in instead.'

export async function registerReader(payload: Payload, input: Record<string, unknown>): Promise<{ ok: true; session: Session } | Failure> {
  const values = echoedValues(input, ['name', 'email'])
  const parsed = registrationSchema.safeParse(input)
  if (!parsed.success) return { ok: false, form: { fieldErrors: fieldErrorsOf(parsed.error), values } }

  const { name, email, password } = parsed.data
  const taken = await payload.count({ collection: 'readers', where: { email: { equals: email } }, overrideAccess: true })
  if (taken.totalDocs > 0) return { ok: false, form: { fieldErrors: { email: DUPLICATE_EMAIL }, values } }
  try {
    // Only what the reader typed, on the free plan: nothing in the form can set a subscription.
    await payload.create({
      collection: 'readers',
      data: { name, email, password, subscription: { plan: 'free', status: 'none' } },
      overrideAccess: true,
      context: { [READER_REGISTRATION]: true },
    })
  } catch (error) {
    // Two registrations racing for one address: the unique index answers for the second.
    if (isEmailValidationError(error)) return { ok: false, form: { fieldErrors: { email: DUPLICATE_EMAIL }, values } }
    throw error
  }
  return logIn(payload, email, password)
}

export async function loginReader(payload: Payload, input: Record<string, unknown>): Promise<{ ok: true; session: Session } | Failure> {
  const values = echoedValues(input, ['email'])
  const parsed = loginSchema.safeParse(input)
  if (!parsed.success) return { ok: false, form: { fieldErrors: fieldErrorsOf(parsed.error), values } }
  if (await isLocked(payload, parsed.data.email)) {
    return { ok: false, form: { message: 'Too many failed attempts: this account is locked for 15 minutes.', values } }
  }
  try {
    return await logIn(payload, parsed.data.email, parsed.data.password)
  } catch (error) {
    // One message for an unknown email and a wrong password: the form is no address oracle.
    if (hasStatus(error, 401)) return { ok: false, form: { message: 'That email and password do not match an account.', values } }
    throw error
  }
}

/**
 * Payload's errors are matched by status, not class: a Next server bundle can hold its
 * own copy of Payload's error classes, and `instanceof` then fails.
 */
const hasStatus = (error: unknown, status: number): boolean =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status

const isEmailValidationError = (error: unknown): boolean =>
  hasStatus(error, 400) &&
  ((error as { data?: { errors?: { path?: string }[] } }).data?.errors ?? []).some((issue) => issue.path === 'email')

/** Payload locks an account after `maxLoginAttempts` failures (collections/Readers). */
async function isLocked(payload: Payload, email: string): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'readers',
    where: { email: { equals: email } },
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
    limit: 1,
  })
  const lockUntil = (docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil
  return Boolean(lockUntil && Date.parse(lockUntil) > Date.now())
}

async function logIn(payload: Payload, email: string, password: string): Promise<{ ok: true; session: Session }> {
  const result = await payload.login({ collection: 'readers', data: { email, password } })
  if (!result.token || !result.exp) throw new Error('Payload returned no session token for a reader login')
  return { ok: true, session: { token: result.token, expiresAt: new Date(result.exp * 1000), reader: result.user as Reader } }
}

export async function startCheckout(
  payload: Payload,
  provider: PaymentProvider,
  reader: Reader,
  input: Record<string, unknown>,
  context: { siteUrl: string; now: Date },
): Promise<{ ok: true; outcome: CheckoutOutcome } | Failure> {
  const planId = planIdSchema.safeParse(input.planId)
  if (!planId.success) return { ok: false, form: { message: 'That plan does not exist. Choose one of the plans on this page.' } }
  if (hasActiveSubscription(reader.subscription, context.now.getTime())) {
    return { ok: false, form: { message: 'You already subscribe: every story is open to you. Nothing was charged.' } }
  }
  try {
    return { ok: true, outcome: await provider.checkout({ payload, reader, plan: findPlan(planId.data), ...context }) }
  } catch (error) {
    if (error instanceof PaymentProviderError) return { ok: false, form: { message: `${error.message} Nothing was charged.` } }
    throw error
  }
}

export async function cancelSubscription(
  payload: Payload,
  provider: PaymentProvider,
  reader: Reader,
  context: { siteUrl: string; now: Date },
): Promise<{ ok: true; outcome: CancelOutcome } | Failure> {
  if (!hasActiveSubscription(reader.subscription, context.now.getTime())) {
    return { ok: false, form: { message: 'You have no active subscription to cancel.' } }
  }
  try {
    return { ok: true, outcome: await provider.cancel({ payload, reader, ...context }) }
  } catch (error) {
    if (error instanceof PaymentProviderError) return { ok: false, form: { message: error.message } }
    throw error
  }
}
