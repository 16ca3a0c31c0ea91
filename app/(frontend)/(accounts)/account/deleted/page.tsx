import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } }
// A page prerendered at build carries no script nonce (delivery/proxyHandler.ts).
export const dynamic = 'force-dynamic'

export default function AccountDeletedPage() {
  return (
    <section className="account-page">
      <h1>Your account is deleted</h1>
      <p>Your account and what we held with it are gone, and any subscription has ended. Thank you for reading with us.</p>
      <p>
        <Link href="/">Go to the latest stories</Link>
      </p>
    </section>
  )
}
