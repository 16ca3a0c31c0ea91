import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { AccountForm } from '@/accounts/AccountForm.island'
import { safeNextPath } from '@/accounts/nextPath'
import { currentVisitor } from '@/accounts/session'

import { loginAction } from '../actions'

export const metadata: Metadata = { title: 'Log in', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export default async function LoginPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next)
  const { user } = await currentVisitor()
  if (user) redirect(next)
  return (
    <section className="account-page">
      <h1>Log in</h1>
      <AccountForm
        action={loginAction}
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
        ]}
        hidden={{ next }}
        submitLabel="Log in"
        pendingLabel="Logging in…"
      />
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link href={`/register?next=${encodeURIComponent(next)}`}>Create a free account</Link>
      </p>
    </section>
  )
}
