import Link from 'next/link'

import { AccountForm } from '@/accounts/AccountForm.island'
import { formatDate } from '@/lib/dates'
import type { Reader } from '@/payload-types'
import type { meterSummary } from '@/paywall/meter'
import type { ReaderStanding } from '@/paywall/readerStanding'

import { cancelAction, deleteAccountAction, resendVerificationAction } from '../actions'

/** The parts of a reader's account page, top to bottom; the page decides which reader and standing. */

/** Who the reader is and what their plan gives them; an unconfirmed email gets its link resent here. */
export function AccountDetails({ reader, standing, meter }: { reader: Reader; standing: ReaderStanding; meter: ReturnType<typeof meterSummary> }) {
  const subscription = reader.subscription
  return (
    <>
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
    </>
  )
}

/** A subscriber ends or manages their subscription here; anyone else is offered one. */
export function SubscriptionPanel({ standing, demoPayments }: { standing: ReaderStanding; demoPayments: boolean }) {
  return (
    <>
      <h2>Subscription</h2>
      {standing === 'subscriber' ? (
        <AccountForm
          action={cancelAction}
          submitLabel={demoPayments ? 'Cancel subscription' : 'Manage subscription'}
        />
      ) : (
        <p>
          <Link className="button" href="/subscribe">
            Subscribe for unlimited access
          </Link>
        </p>
      )}
    </>
  )
}

/** The reader's copy of what we hold about them. */
export function YourDataPanel() {
  return (
    <>
      <h2>Your data</h2>
      <p>
        {/* A download, not a page: the router must not fetch it. */}
        <a href="/account/data" download>
          Download your data
        </a>{' '}
        (your account, subscription and the stories counted this window, as JSON).
      </p>
    </>
  )
}

/** Deleting the account asks for the password, and says first what a subscriber loses. */
export function DeleteAccountPanel({ standing }: { standing: ReaderStanding }) {
  return (
    <>
      <h2>Delete your account</h2>
      <p>
        This deletes your account and signs you out everywhere{standing === 'subscriber' ? '; your subscription ends at once, with no refund for the rest of the period' : ''}. It cannot be
        undone.
      </p>
      <AccountForm
        action={deleteAccountAction}
        fields={[{ name: 'password', label: 'Your password', type: 'password', autoComplete: 'current-password' }]}
        submitLabel="Delete my account"
        tone="danger"
        pendingLabel="Deleting…"
      />
    </>
  )
}
