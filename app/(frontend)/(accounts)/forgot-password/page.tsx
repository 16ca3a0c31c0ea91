import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'

import { AccountForm } from '@/accounts/AccountForm.island'

import { forgotPasswordAction } from '../actions'

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const sentSchema = z.object({ sent: z.literal('1').optional() }).catch({})

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const { sent } = sentSchema.parse(await searchParams)
  return (
    <section className="account-page">
      <h1>Forgot your password?</h1>
      {sent ? (
        // The same words whether or not the address has an account.
        <p className="form-success" role="status">
          If an account uses that address, we have emailed it a link to choose a new password. The link works for an hour. Nothing arrived? Look in your spam
          folder, or ask again in a minute.
        </p>
      ) : (
        <>
          <p>Give the email address of your account and we will send it a link to choose a new password.</p>
          <AccountForm
            action={forgotPasswordAction}
            fields={[{ name: 'email', label: 'Email', type: 'email', autoComplete: 'email' }]}
            submitLabel="Email me a link"
            pendingLabel="Sending…"
          />
        </>
      )}
      <p>
        Remembered it? <Link href="/login">Log in</Link>
      </p>
    </section>
  )
}
