import type { Payload } from 'payload'

import { READER_PASSWORD_RESET, READER_REGISTRATION } from '@/collections/Readers/constants'
import { rateLimitDecision, type RateLimitRule } from '@/delivery/rateLimits/rules'
import type { RateLimitStore } from '@/delivery/rateLimits/stores'
import type { Reader } from '@/payload-types'
import { hasActiveSubscription } from '@/paywall/readerStanding'

import { accountDeletionSchema, loginSchema, passwordResetRequestSchema, passwordResetSchema, registrationSchema, resetTokenSchema } from './credentials'
import { deliver, verificationEmail } from './emails'
import { isGenuineClaim, readVerificationToken, verificationToken } from './emailVerification'
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
/** What an email's link is made of: the site's public address, the server secret, the time. */
export type LinkContext = { siteUrl: string; secret: string; now: Date }

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
  return { ok: true, session: { token: result.token, expiresAt: new Date(result.exp * 1000), reader: result.user as unknown as Reader } }
}

/**
 * /forgot-password. The answer is the same whether or not the address has an account, and the
 * email goes out after it (`send`, which the action runs once the page is answered): neither what
 * the page says nor how long it takes tells anyone which addresses have accounts. Payload's
 * operation makes the token and sends the email (collections/Readers/passwordResetEmail.ts), at
 * most one per account every 15 seconds; a failure to send is logged, since the reader was answered.
 */
export function passwordResetRequest(payload: Payload, input: Record<string, unknown>): { ok: true; send: () => Promise<void> } | Failure {
  const parsed = passwordResetRequestSchema.safeParse(input)
  if (!parsed.success) return { ok: false, form: { fieldErrors: fieldErrorsOf(parsed.error), values: echoedValues(input, ['email']) } }
  const { email } = parsed.data
  return {
    ok: true,
    send: () =>
      payload.forgotPassword({ collection: 'readers', data: { email }, context: { [READER_PASSWORD_RESET]: true } }).then(
        () => undefined,
        (error: unknown) => payload.logger.error({ err: error, msg: 'A password reset email could not be sent' }),
      ),
  }
}

export const RESET_LINK_UNUSABLE = 'This reset link has expired or has already been used. Ask for a new one.'

/** Whether a reset link still works (what /reset-password shows before the reader types a password). */
export async function isResetTokenLive(payload: Payload, token: unknown): Promise<boolean> {
  const parsed = resetTokenSchema.safeParse(token)
  if (!parsed.success) return false
  const { totalDocs } = await payload.count({
    collection: 'readers',
    where: { resetPasswordToken: { equals: parsed.data }, resetPasswordExpiration: { greater_than: new Date().toISOString() } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * /reset-password: a new password for the reader the emailed token names, and a session, since
 * the reader just proved they hold the address. Payload's operation spends the token, lifts a
 * lockout and ends the account's other sessions (whoever knew the old password is signed out).
 */
export async function resetReaderPassword(payload: Payload, input: Record<string, unknown>): Promise<{ ok: true; session: Session } | Failure> {
  const parsed = passwordResetSchema.safeParse(input)
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error)
    return { ok: false, form: fieldErrors.token ? { message: RESET_LINK_UNUSABLE } : { fieldErrors } }
  }
  try {
    const result = await payload.resetPassword({ collection: 'readers', data: parsed.data, overrideAccess: true })
    if (!result.token) throw new Error('Payload returned no session token for a password reset')
    // The reader followed a link sent to their address: it is theirs.
    if (!result.user.emailVerifiedAt) await markEmailVerified(payload, result.user.id as Reader['id'])
    const lifetimeSeconds = payload.collections.readers.config.auth.tokenExpiration
    return { ok: true, session: { token: result.token, expiresAt: new Date(Date.now() + lifetimeSeconds * 1000), reader: result.user as unknown as Reader } }
  } catch (error) {
    // Payload answers an unknown, expired or spent token with a 403.
    if (hasStatus(error, 403)) return { ok: false, form: { message: RESET_LINK_UNUSABLE } }
    throw error
  }
}

async function markEmailVerified(payload: Payload, id: Reader['id']): Promise<void> {
  await payload.update({ collection: 'readers', id, data: { emailVerifiedAt: new Date().toISOString() }, overrideAccess: true, depth: 0 })
}

/** The email with the link that confirms a reader's address: after registration, and when they ask again. Never throws. */
export async function sendVerificationEmail(payload: Payload, reader: Pick<Reader, 'id' | 'email'>, context: LinkContext): Promise<void> {
  const token = await verificationToken(reader, context.secret, context.now.getTime())
  await deliver(payload, reader.email, verificationEmail(context.siteUrl, token), 'address confirmation')
}

/**
 * How often one account may have its link sent again: once a minute (a link takes a moment to
 * arrive, and a second click is impatience) and five times an hour (enough for a typo'd spam
 * search or a second device; the link works for a week). Per account, not per address: the
 * reader is signed in, and a reader behind a shared address must not be refused for another's
 * clicks, so RATE_LIMIT_SCALE (which loosens the per-address limits) does not apply.
 */
export const VERIFICATION_RESEND_RULES: RateLimitRule[] = [
  { name: 'verification-resend-minute', limit: 1, windowMs: 60_000 },
  { name: 'verification-resend-hour', limit: 5, windowMs: 60 * 60_000 },
]

/** "in 40 seconds", "in 12 minutes": when a refused reader may ask again. */
export const inWords = (seconds: number): string => (seconds < 90 ? `in ${seconds} second${seconds === 1 ? '' : 's'}` : `in ${Math.ceil(seconds / 60)} minutes`)

/**
 * "Send the link again" (/subscribe, /account): the email goes out after the answer (`send`).
 * Counted per account in the rate-limit store (in Redis when configured, so it holds across
 * instances); past a limit, nothing is sent and the form says when to ask again. The hour's
 * count is taken only when the minute's allows: clicking on through a refused minute does not
 * spend the hour.
 */
export async function verificationResend(
  payload: Payload,
  reader: Reader,
  context: LinkContext,
  limits: RateLimitStore,
): Promise<{ ok: true; notice: string; send: () => Promise<void> } | Failure> {
  if (reader.emailVerifiedAt) return { ok: false, form: { message: 'Your email address is already confirmed.' } }
  for (const rule of VERIFICATION_RESEND_RULES) {
    const decision = rateLimitDecision(await limits.hit(rule, String(reader.id), context.now.getTime()), rule, 1)
    if (!decision.allowed) {
      return {
        ok: false,
        form: {
          message: `We sent the link to ${reader.email} a short while ago; look for it there. You can ask again ${inWords(decision.retryAfterSeconds)}.`,
        },
      }
    }
  }
  return {
    ok: true,
    notice: `We have sent the link again to ${reader.email}. It works for a week.`,
    send: () => sendVerificationEmail(payload, reader, context),
  }
}

/**
 * /verify?token=…: confirms the address the link was made for, if the account still has it. Following
 * a link again is no error (mail programs open links to preview them); a link that is not genuine is.
 */
export async function verifyReaderEmail(payload: Payload, token: unknown, context: Omit<LinkContext, 'siteUrl'>): Promise<{ ok: boolean }> {
  const claim = readVerificationToken(token)
  if (!claim) return { ok: false }
  const reader = await payload.findByID({ collection: 'readers', id: claim.readerId, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => null)
  if (!reader || !(await isGenuineClaim(claim, reader, context.secret, context.now.getTime()))) return { ok: false }
  if (!reader.emailVerifiedAt) await markEmailVerified(payload, reader.id)
  return { ok: true }
}

export const CONFIRM_BEFORE_SUBSCRIBING = 'Confirm your email address to subscribe: follow the link we emailed you, or have it sent again.'

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
  // Receipts and the provider's customer go to this address: it must be the reader's.
  if (!reader.emailVerifiedAt) return { ok: false, form: { message: CONFIRM_BEFORE_SUBSCRIBING } }
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

/**
 * "Delete my account" (/account): with the account's password (a wrong one counts towards the lockout,
 * as at login), an active subscription is ended with the payment provider first — if the provider
 * refuses, the account stays, so no one is billed for an account that is gone — then the account,
 * and with it every session on it, is deleted.
 */
export async function deleteReaderAccount(
  payload: Payload,
  provider: PaymentProvider,
  reader: Reader,
  input: Record<string, unknown>,
  context: { now: Date },
): Promise<{ ok: true } | Failure> {
  const parsed = accountDeletionSchema.safeParse(input)
  if (!parsed.success) return { ok: false, form: { fieldErrors: fieldErrorsOf(parsed.error) } }
  try {
    await payload.login({ collection: 'readers', data: { email: reader.email, password: parsed.data.password } })
  } catch (error) {
    if (hasStatus(error, 401)) return { ok: false, form: { fieldErrors: { password: 'That is not the password of this account.' } } }
    throw error
  }
  if (hasActiveSubscription(reader.subscription, context.now.getTime())) {
    try {
      await provider.endNow({ payload, reader, now: context.now })
    } catch (error) {
      if (error instanceof PaymentProviderError) {
        return { ok: false, form: { message: `Your subscription could not be ended, so your account is kept: ${error.message} Please try again later.` } }
      }
      throw error
    }
  }
  await payload.delete({ collection: 'readers', id: reader.id, overrideAccess: true })
  return { ok: true }
}
