import type { Metadata } from 'next'
import Link from 'next/link'

import { currentVisitor } from '@/accounts/session'

import { logoutAction } from '../actions'

export const metadata: Metadata = { title: 'Log out', robots: { index: false } }
export const dynamic = 'force-dynamic'

// A form post, never a GET: a link or a prefetch must not end a session.
export default async function LogoutPage() {
  const { user } = await currentVisitor()
  if (!user) {
    return (
      <section className="account-page">
        <h1>You are logged out</h1>
        <p>
          <Link href="/login">Log in</Link> or go to the <Link href="/">front page</Link>.
        </p>
      </section>
    )
  }
  return (
    <section className="account-page">
      <h1>Log out</h1>
      <p>You are logged in as {user.email}.</p>
      <form action={logoutAction}>
        <button className="button" type="submit">
          Log out
        </button>
      </form>
    </section>
  )
}
