import type { Payload } from 'payload'

import { READER_PASSWORD_RESET, READER_REGISTRATION } from '@/collections/Readers/constants'
import { rateLimitDecision, type RateLimitRule } from '@/delivery/rateLimits/rules'
import type { RateLimitStore } from '@/delivery/rateLimits/stores'
import type { Reader } from '@/payload-types'
import { hasActiveSubscription } from '@/paywall/readerStanding'
import { registrationEvent, storyOfNextPath } from '@/stats/attribution'
import { recordEvent } from '@/stats/recorder'

import { accountDeletionSchema, loginSchema, passwordResetRequestSchema, passwordResetSchema, registrationSchema, resetTokenSchema } from './credentials'
import { deliver, verificationEmail } from './emails'
import { isGenuineClaim, readVerificationToken, verificationToken } from './emailVerification'
import { echoedValues, fieldErrorsOf, type FormState } from './formState'
import { findPlan, planIdSchema } from './payments/plans'
import { PaymentProviderError, type CancelOutcome, type CheckoutOutcome, type PaymentProvider } from './payments/provider'

// Functions of (payload, input), so integration tests call them; actions add cookies and redirects.

export type Session = { token: string; expiresAt: Date; reader: Reader }
type Failure = { ok: false; form: FormState }
export type LinkContext = { siteUrl: string; secret: string; now: Date }

const DUPLICATE_EMAIL = 'An account with this email already exists. Log in instead.'

/** `followed`: the reader did not ask not to be (GPC), so the story that sent them may be credited. */
export async function registerReader(
  payload: Payload,
  input: Record<string, unknown>,
  { followed }: { followed: boolean } = { followed: false },
): Promise<{ ok: true; session: Session } | Failure> {
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
  recordEvent(registrationEvent({ gateStory: storyOfNextPath(input.next), followed }), null)
  return logIn(payload, email, password)
}

/** `headers`: the form's request, so that guesses are counted for the client who sent them. */
export async function loginReader(payload: Payload, input: Record<string, unknown>, headers?: Headers): Promise<{ ok: true; session: Session } | Failure> {
  const values = echoedValues(input, ['email'])
  const parsed = loginSchema.safeParse(input)
  if (!parsed.success) return { ok: false, form: { fieldErrors: fieldErrorsOf(parsed.error), values } }
  try {
    return await logIn(payload, parsed.data.email, parsed.data.password, headers)
  } catch (error) {
    // One message for an unknown email and a wrong password: the form is no address oracle.
    if (hasStatus(error, 401)) return { ok: false, form: { message: 'That email and password do not match an account.', values } }
    // Too many guesses at this account from this client (collections/hooks/guessesPerAccount.ts).
    if (hasStatus(error, 429)) return { ok: false, form: { message: (error as Error).message, values } }
    throw error
  }
}

// Matched by status: a Next bundle can hold its own copy of Payload's error classes.
const hasStatus = (error: unknown, status: number): boolean =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status

const isEmailValidationError = (error: unknown): boolean =>
  hasStatus(error, 400) &&
  ((error as { data?: { errors?: { path?: string }[] } }).data?.errors ?? []).some((issue) => issue.path === 'email')

async function logIn(payload: Payload, email: string, password: string, headers?: Headers): Promise<{ ok: true; session: Session }> {
  const result = await payload.login({ collection: 'readers', data: { email, password }, ...(headers ? { req: { headers } } : {}) })
  if (!result.token || !result.exp) throw new Error('Payload returned no session token for a reader login')
  return { ok: true, session: { token: result.token, expiresAt: new Date(result.exp * 1000), reader: result.user as unknown as Reader } }
}

/**
 * The same answer whether or not the address has an account, and the email goes out after it,
 * so neither the words nor the timing tell which addresses have accounts.
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

// A session too, since the reader just proved they hold the address. Payload signs out other sessions.
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

export async function sendVerificationEmail(payload: Payload, reader: Pick<Reader, 'id' | 'email'>, context: LinkContext): Promise<void> {
  const token = await verificationToken(reader, context.secret, context.now.getTime())
  await deliver(payload, reader.email, verificationEmail(context.siteUrl, token), 'address confirmation')
}

/**
 * Per account, not per address: the reader is signed in, and must not be refused for another's
 * clicks behind a shared address. So RATE_LIMIT_SCALE does not apply.
 */
export const VERIFICATION_RESEND_RULES: RateLimitRule[] = [
  { name: 'verification-resend-minute', limit: 1, windowMs: 60_000 },
  { name: 'verification-resend-hour', limit: 5, windowMs: 60 * 60_000 },
]

export const inWords = (seconds: number): string => (seconds < 90 ? `in ${seconds} second${seconds === 1 ? '' : 's'}` : `in ${Math.ceil(seconds / 60)} minutes`)

// The hour is counted only when the minute allows, so clicking on through a refusal spends nothing.
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

// Following a link again is no error: mail programs open links to preview them.
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
  context: { siteUrl: string; now: Date; followed?: boolean },
): Promise<{ ok: true; outcome: CheckoutOutcome } | Failure> {
  const planId = planIdSchema.safeParse(input.planId)
  if (!planId.success) return { ok: false, form: { message: 'That plan does not exist. Choose one of the plans on this page.' } }
  if (hasActiveSubscription(reader.subscription, context.now.getTime())) {
    return { ok: false, form: { message: 'You already subscribe: every story is open to you. Nothing was charged.' } }
  }
  // Receipts and the provider's customer go to this address: it must be the reader's.
  if (!reader.emailVerifiedAt) return { ok: false, form: { message: CONFIRM_BEFORE_SUBSCRIBING } }
  try {
    const credit = { gateStory: storyOfNextPath(input.next), followed: context.followed ?? false }
    return { ok: true, outcome: await provider.checkout({ payload, reader, plan: findPlan(planId.data), siteUrl: context.siteUrl, now: context.now, credit }) }
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
 * The password again; a wrong one counts towards the lockout. The subscription ends first:
 * if the provider refuses, the account stays, so no one is billed for an account that is gone.
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
