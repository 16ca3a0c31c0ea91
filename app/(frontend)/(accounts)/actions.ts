'use server'

import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { getPayload, type Payload } from 'payload'

import type { FormState } from '@/accounts/formState'
import { safeNextPath } from '@/accounts/nextPath'
import {
  cancelSubscription,
  deleteReaderAccount,
  loginReader,
  passwordResetRequest,
  registerReader,
  resetReaderPassword,
  sendVerificationEmail,
  startCheckout,
  verificationResend,
  type LinkContext,
  type Session,
} from '@/accounts/operations'
import { paymentProvider } from '@/accounts/payments'
import { asReader, currentVisitor, endSession, startSession } from '@/accounts/session'
import { rateLimitStore } from '@/delivery/rateLimits'
import { serverEnv } from '@/lib/platform/env'
import { SESSION_COOKIE } from '@/lib/http/sessionCookie'
import { asksNotToBeFollowed } from '@/stats/events'

// Next checks each post's Origin against the host, so another site cannot submit these for a reader.

const formFields = (data: FormData): Record<string, unknown> => Object.fromEntries(data.entries())

// Global Privacy Control: no story is credited with what this reader does (decision 014).
const isFollowed = async (): Promise<boolean> => !asksNotToBeFollowed((await headers()).get('sec-gpc'))

const linkContext = (): LinkContext => ({ siteUrl: serverEnv().SITE_URL, secret: serverEnv().PAYLOAD_SECRET, now: new Date() })

async function signIn(
  operation: (payload: Payload, input: Record<string, unknown>) => ReturnType<typeof registerReader | typeof loginReader | typeof resetReaderPassword>,
  data: FormData,
  options: { next?: string; afterwards?: (session: Session) => Promise<void> } = {},
): Promise<FormState> {
  const result = await operation(await getPayload({ config }), formFields(data))
  if (!result.ok) return result.form
  await startSession(result.session)
  const { afterwards } = options
  if (afterwards) after(() => afterwards(result.session))
  redirect(options.next ?? safeNextPath(data.get('next')))
}

// The confirmation email goes out after the answer.
export async function registerAction(_previous: FormState, data: FormData): Promise<FormState> {
  const followed = await isFollowed()
  return signIn((payload, input) => registerReader(payload, input, { followed }), data, {
    afterwards: async (session) => sendVerificationEmail(await getPayload({ config }), session.reader, linkContext()),
  })
}

export async function loginAction(_previous: FormState, data: FormData): Promise<FormState> {
  const requestHeaders = new Headers(await headers())
  return signIn((payload, input) => loginReader(payload, input, requestHeaders), data)
}

// The email goes out after the page is answered, so the timing tells nothing.
export async function forgotPasswordAction(_previous: FormState, data: FormData): Promise<FormState> {
  const result = passwordResetRequest(await getPayload({ config }), formFields(data))
  if (!result.ok) return result.form
  after(result.send)
  redirect('/forgot-password?sent=1')
}

export async function resetPasswordAction(_previous: FormState, data: FormData): Promise<FormState> {
  return signIn(resetReaderPassword, data, { next: '/account?password=changed' })
}

export async function resendVerificationAction(_previous: FormState): Promise<FormState> {
  const { payload, user } = await currentVisitor()
  const reader = asReader(user)
  if (!reader) redirect('/login?next=%2Faccount')
  const result = await verificationResend(payload, reader, linkContext(), rateLimitStore(serverEnv()))
  if (!result.ok) return result.form
  after(result.send)
  return { notice: result.notice }
}

export async function logoutAction(): Promise<void> {
  const { payload, user } = await currentVisitor()
  await endSession(payload, user)
  redirect('/')
}

export async function subscribeAction(_previous: FormState, data: FormData): Promise<FormState> {
  const { payload, user } = await currentVisitor()
  const reader = asReader(user)
  if (!reader) redirect(`/register?next=${encodeURIComponent('/subscribe')}`)
  const env = serverEnv()
  const result = await startCheckout(payload, paymentProvider(env), reader, formFields(data), {
    siteUrl: env.SITE_URL,
    now: new Date(),
    followed: await isFollowed(),
  })
  if (!result.ok) return result.form
  if (result.outcome.kind === 'redirect') redirect(result.outcome.url)
  redirect('/account?subscribed=1')
}

export async function cancelAction(_previous: FormState): Promise<FormState> {
  const { payload, user } = await currentVisitor()
  const reader = asReader(user)
  if (!reader) redirect('/login?next=%2Faccount')
  const env = serverEnv()
  const result = await cancelSubscription(payload, paymentProvider(env), reader, { siteUrl: env.SITE_URL, now: new Date() })
  if (!result.ok) return result.form
  if (result.outcome.kind === 'redirect') redirect(result.outcome.url)
  redirect('/account?canceled=1')
}

export async function deleteAccountAction(_previous: FormState, data: FormData): Promise<FormState> {
  const { payload, user } = await currentVisitor()
  const reader = asReader(user)
  if (!reader) redirect('/login?next=%2Faccount')
  const result = await deleteReaderAccount(payload, paymentProvider(serverEnv()), reader, formFields(data), { now: new Date() })
  if (!result.ok) return result.form
  // The sessions went with the account; the cookie goes too.
  ;(await cookies()).delete(SESSION_COOKIE)
  redirect('/account/deleted')
}
