'use server'

import { redirect } from 'next/navigation'

import { safeNextPath } from '@/accounts/nextPath'
import { cancelSubscription, loginReader, registerReader, startCheckout } from '@/accounts/operations'
import type { FormState } from '@/accounts/formState'
import { asReader, currentVisitor, endSession, startSession } from '@/accounts/session'
import { serverEnv } from '@/lib/env'
import { paymentProvider } from '@/payments'

/**
 * The account forms' server actions: thin wrappers that add the session cookie
 * and redirects around accounts/operations.ts. Next checks each post's Origin
 * against the host, so another site cannot submit these forms for a reader.
 */

const formFields = (data: FormData): Record<string, unknown> => Object.fromEntries(data.entries())

export async function registerAction(_previous: FormState, data: FormData): Promise<FormState> {
  const { payload } = await currentVisitor()
  const result = await registerReader(payload, formFields(data))
  if (!result.ok) return result.form
  await startSession(result.session)
  redirect(safeNextPath(data.get('next')))
}

export async function loginAction(_previous: FormState, data: FormData): Promise<FormState> {
  const { payload } = await currentVisitor()
  const result = await loginReader(payload, formFields(data))
  if (!result.ok) return result.form
  await startSession(result.session)
  redirect(safeNextPath(data.get('next')))
}

export async function logoutAction(): Promise<void> {
  const { payload, user } = await currentVisitor()
  await endSession(payload, user)
  redirect('/?signed-out=1')
}

export async function subscribeAction(_previous: FormState, data: FormData): Promise<FormState> {
  const { payload, user } = await currentVisitor()
  const reader = asReader(user)
  if (!reader) redirect(`/register?next=${encodeURIComponent('/subscribe')}`)
  const env = serverEnv()
  const result = await startCheckout(payload, paymentProvider(env), reader, formFields(data), {
    siteUrl: env.SITE_URL,
    now: new Date(),
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
