import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { paymentProvider } from '@/accounts/payments'
import { meterFromAccount } from '@/accounts/readerMeter'
import { asReader, currentVisitor } from '@/accounts/session'
import { readerStandingOf } from '@/collections/access/readerStandingOf'
import { serverEnv } from '@/lib/platform/env'
import { meterSummary } from '@/paywall/meter'
import type { ReaderStanding } from '@/paywall/readerStanding'
import { getPaywallSettings } from '@/reader/queries/settings'

import { AccountDetails, DeleteAccountPanel, SubscriptionPanel, YourDataPanel } from './AccountPanels'

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Which confirmation to show after a redirect here; anything else in the query is ignored. */
const noticeSchema = z
  .object({
    subscribed: z.literal('1').optional(),
    canceled: z.literal('1').optional(),
    checkout: z.literal('complete').optional(),
    password: z.literal('changed').optional(),
  })
  .catch({})

export default async function AccountPage({ searchParams }: Props) {
  const [{ user }, paywall, query] = await Promise.all([currentVisitor(), getPaywallSettings(), searchParams])
  const notice = noticeSchema.parse(query)
  if (!user) redirect('/login?next=%2Faccount')
  const reader = asReader(user)
  if (!reader) return <StaffAccount email={user.email} />

  const now = Date.now()
  const standing = readerStandingOf(user, now)
  const meter = meterSummary(meterFromAccount(reader.meter), standing, paywall, now)
  const demoPayments = paymentProvider(serverEnv()).id === 'demo'

  return (
    <section className="account-page">
      <h1>Your account</h1>
      <AccountNotices notice={notice} standing={standing} demoPayments={demoPayments} />
      <AccountDetails reader={reader} standing={standing} meter={meter} />

      <SubscriptionPanel standing={standing} demoPayments={demoPayments} />
      <p>
        <Link href="/logout">Log out</Link>
      </p>

      <YourDataPanel />
      <DeleteAccountPanel standing={standing} />
    </section>
  )
}

/** Staff have no reader account: they read everything, and manage themselves in the admin. */
function StaffAccount({ email }: { email: string }) {
  return (
    <section className="account-page">
      <h1>Your account</h1>
      <p>
        You are signed in as staff ({email}) and can read every story. Your account is managed in the{' '}
        <a href="/admin">newsroom admin</a>.
      </p>
    </section>
  )
}

/** The confirmation for what the reader just did, from the query of the redirect that brought them. */
function AccountNotices({ notice, standing, demoPayments }: { notice: z.output<typeof noticeSchema>; standing: ReaderStanding; demoPayments: boolean }) {
  return (
    <>
      {notice.subscribed && (
        <p className="form-success" role="status">
          Your subscription is active: every story is open to you.
          {demoPayments && ' (Demo payments: nothing was charged.)'}
        </p>
      )}
      {notice.checkout && standing !== 'subscriber' && (
        <p className="form-success" role="status">
          Thank you: your payment is being confirmed. Your subscription starts as soon as it is.
        </p>
      )}
      {notice.password && (
        <p className="form-success" role="status">
          Your new password is saved, and you are signed in. Other devices signed in to this account have been signed out.
        </p>
      )}
      {notice.canceled && (
        <p className="form-success" role="status">
          Your subscription has ended. You keep your free account.
        </p>
      )}
    </>
  )
}
