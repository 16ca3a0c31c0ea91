import type { Metadata } from 'next'
import Link from 'next/link'

import { AccountForm } from '@/accounts/AccountForm.island'
import { safeNextPath } from '@/accounts/nextPath'
import { paymentProvider } from '@/accounts/payments'
import { PLANS } from '@/accounts/payments/plans'
import { asReader, currentVisitor } from '@/accounts/session'
import { readerStandingOf } from '@/collections/access/readerStandingOf'
import { serverEnv } from '@/lib/platform/env'
import { freeArticles } from '@/paywall/gateCopy'
import { getPaywallSettings } from '@/reader/queries/settings'

import { resendVerificationAction, subscribeAction } from '../actions'

export const metadata: Metadata = { title: 'Subscribe' }
// Per visitor, and the build never needs a database.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export default async function SubscribePage({ searchParams }: Props) {
  // The story the gate sent the reader from travels on, so the subscription is credited to it.
  const next = safeNextPath((await searchParams).next, '')
  const here = encodeURIComponent(next ? `/subscribe?next=${encodeURIComponent(next)}` : '/subscribe')
  const [{ user }, paywall] = await Promise.all([currentVisitor(), getPaywallSettings()])
  const provider = paymentProvider(serverEnv())
  const standing = readerStandingOf(user, Date.now())
  const reader = asReader(user)

  return (
    <section className="account-page">
      <h1>Subscribe</h1>
      <p>
        A subscription opens every story, on every device. Without one, visitors get{' '}
        {freeArticles(paywall.freeArticles)} every {paywall.windowDays} days, and readers with a free account get{' '}
        {paywall.registeredFreeArticles}.
      </p>
      {standing === 'subscriber' || standing === 'staff' ? (
        <p className="form-success" role="status">
          You already have unlimited access. <Link href="/account">See your account</Link>.
        </p>
      ) : (
        <>
          <p className="provider-notice" data-testid="provider-notice">
            {provider.notice}
          </p>
          {reader && !reader.emailVerifiedAt && (
            <div className="confirm-first" data-testid="confirm-first">
              <p role="status">Confirm your email address to subscribe: follow the link we emailed to {reader.email}.</p>
              <AccountForm action={resendVerificationAction} submitLabel="Send the link again" pendingLabel="Sending…" />
            </div>
          )}
          <ul className="plans">
            {PLANS.map((plan) => (
              <li key={plan.id} className="plan">
                <h2>{plan.name}</h2>
                <p>{plan.priceLabel}</p>
                {!reader ? (
                  <Link className="button" href={`/register?next=${here}`}>
                    Create an account to subscribe
                  </Link>
                ) : (
                  reader.emailVerifiedAt && (
                    <AccountForm
                      action={subscribeAction}
                      hidden={next ? { planId: plan.id, next } : { planId: plan.id }}
                      submitLabel={`Subscribe ${plan.name.toLowerCase()}`}
                      pendingLabel="Subscribing…"
                    />
                  )
                )}
              </li>
            ))}
          </ul>
          {!reader && (
            <p>
              Already have an account? <Link href={`/login?next=${here}`}>Log in</Link> to subscribe.
            </p>
          )}
        </>
      )}
    </section>
  )
}
