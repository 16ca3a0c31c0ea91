import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { AccountForm } from '@/accounts/AccountForm.island'
import { paymentProvider } from '@/accounts/payments'
import { meterFromAccount } from '@/accounts/readerMeter'
import { asReader, currentVisitor } from '@/accounts/session'
import { readerStandingOf } from '@/collections/access/readerStandingOf'
import { formatDate } from '@/lib/dates'
import { serverEnv } from '@/lib/platform/env'
import { meterSummary } from '@/paywall/meter'
import { getPaywallSettings } from '@/reader/queries/settings'

import { cancelAction, deleteAccountAction, resendVerificationAction } from '../actions'

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
  if (!reader) {
    return (
      <section className="account-page">
        <h1>Your account</h1>
        <p>
          You are signed in as staff ({user.email}) and can read every story. Your account is managed in the{' '}
          <a href="/admin">newsroom admin</a>.
        </p>
      </section>
    )
  }

  const now = Date.now()
  const standing = readerStandingOf(user, now)
  const subscription = reader.subscription
  const meter = meterSummary(meterFromAccount(reader.meter), standing, paywall, now)
  const provider = paymentProvider(serverEnv())

  return (
    <section className="account-page">
      <h1>Your account</h1>
      {notice.subscribed && (
        <p className="form-success" role="status">
          Your subscription is active: every story is open to you.
          {provider.id === 'demo' && ' (Demo payments: nothing was charged.)'}
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
      <dl className="account-details">
        <dt>Name</dt>
        <dd>{reader.name}</dd>
        <dt>Email</dt>
        <dd>
          {reader.email}
          {!reader.emailVerifiedAt && ' (not confirmed yet: follow the link we emailed you)'}
        </dd>
        <dt>Plan</dt>
        <dd data-testid="account-plan">{standing === 'subscriber' ? 'Subscriber' : 'Free account'}</dd>
        {standing === 'subscriber' && subscription?.currentPeriodEnd && (
          <>
            <dt>{subscription.status === 'past_due' ? 'Payment due since' : 'Renews on'}</dt>
            <dd>{formatDate(subscription.currentPeriodEnd)}</dd>
          </>
        )}
        {standing === 'registered' && (
          <>
            <dt>Free articles this window</dt>
            <dd data-testid="account-meter">
              {meter.read} of {meter.allowance} read
              {meter.renewsAt !== null && `; renews on ${formatDate(new Date(meter.renewsAt).toISOString())}`}
            </dd>
          </>
        )}
      </dl>

      {!reader.emailVerifiedAt && (
        <AccountForm action={resendVerificationAction} submitLabel="Send the confirmation link again" pendingLabel="Sending…" />
      )}

      <h2>Subscription</h2>
      {standing === 'subscriber' ? (
        <AccountForm
          action={cancelAction}
          submitLabel={provider.id === 'demo' ? 'Cancel subscription' : 'Manage subscription'}
        />
      ) : (
        <p>
          <Link className="button" href="/subscribe">
            Subscribe for unlimited access
          </Link>
        </p>
      )}
      <p>
        <Link href="/logout">Log out</Link>
      </p>

      <h2>Your data</h2>
      <p>
        {/* A download, not a page: the router must not fetch it. */}
        <a href="/account/data" download>
          Download your data
        </a>{' '}
        (your account, subscription and the stories counted this window, as JSON).
      </p>
      <h2>Delete your account</h2>
      <p>
        This deletes your account and signs you out everywhere{standing === 'subscriber' ? '; your subscription ends at once, with no refund for the rest of the period' : ''}. It cannot be
        undone.
      </p>
      <AccountForm
        action={deleteAccountAction}
        fields={[{ name: 'password', label: 'Your password', type: 'password', autoComplete: 'current-password' }]}
        submitLabel="Delete my account"
        pendingLabel="Deleting…"
      />
    </section>
  )
}
