import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { AccountForm } from '@/accounts/AccountForm.island'
import { PASSWORD_MIN_LENGTH } from '@/accounts/credentials'
import { safeNextPath } from '@/accounts/nextPath'
import { currentVisitor } from '@/accounts/session'
import { freeArticles } from '@/paywall/gateCopy'
import { getPaywallSettings } from '@/reader/queries/settings'

import { registerAction } from '../actions'

export const metadata: Metadata = { title: 'Create a free account', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export default async function RegisterPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next)
  const [{ user }, paywall] = await Promise.all([currentVisitor(), getPaywallSettings()])
  if (user) redirect(next)
  return (
    <section className="account-page">
      <h1>Create a free account</h1>
      <p>
        A free account gives you {freeArticles(paywall.registeredFreeArticles)} every {paywall.windowDays} days, on any
        device.
      </p>
      <AccountForm
        action={registerAction}
        fields={[
          { name: 'name', label: 'Name', type: 'text', autoComplete: 'name' },
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
          {
            name: 'password',
            label: 'Password',
            type: 'password',
            autoComplete: 'new-password',
            hint: `At least ${PASSWORD_MIN_LENGTH} characters.`,
          },
        ]}
        hidden={{ next }}
        submitLabel="Create account"
        pendingLabel="Creating your account…"
      />
      <p>
        Already have an account? <Link href={`/login?next=${encodeURIComponent(next)}`}>Log in</Link>
      </p>
    </section>
  )
}
