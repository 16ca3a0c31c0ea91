import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { AccountForm } from '@/accounts/AccountForm.island'
import { PASSWORD_MIN_LENGTH } from '@/accounts/credentials'
import { isResetTokenLive } from '@/accounts/operations'

import { resetPasswordAction } from '../actions'

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false }, referrer: 'no-referrer' }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// An unusable link gets this segment's not-found page: a 404 that says what to do.
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams
  if (typeof token !== 'string' || !(await isResetTokenLive(await getPayload({ config }), token))) notFound()
  return (
    <section className="account-page">
      <h1>Choose a new password</h1>
      <AccountForm
        action={resetPasswordAction}
        fields={[
          { name: 'password', label: 'New password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_MIN_LENGTH} characters.` },
        ]}
        hidden={{ token }}
        submitLabel="Save the new password"
        pendingLabel="Saving…"
      />
    </section>
  )
}
