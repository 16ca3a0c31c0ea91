import type { Metadata } from 'next'
import Link from 'next/link'

import { asReader, currentVisitor } from '@/accounts/session'
import { AccountForm } from '@/components/accounts/AccountForm.island'
import { getPaywallSettings } from '@/content/queries'
import { serverEnv } from '@/lib/env'
import { paymentProvider } from '@/payments'
import { freeArticles } from '@/paywall/gateCopy'
import { readerStanding } from '@/paywall/readerStanding'
import { PLANS } from '@/subscriptions/plans'

import { subscribeAction } from '../actions'

export const metadata: Metadata = { title: 'Subscribe' }
// Per visitor (signed in or not) and the build never needs a database.
export const dynamic = 'force-dynamic'

export default async function SubscribePage() {
  const [{ user }, paywall] = await Promise.all([currentVisitor(), getPaywallSettings()])
  const provider = paymentProvider(serverEnv())
  const standing = readerStanding(user, Date.now())
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
          <ul className="plans">
            {PLANS.map((plan) => (
              <li key={plan.id} className="plan">
                <h2>{plan.name}</h2>
                <p>{plan.priceLabel}</p>
                {reader ? (
                  <AccountForm
                    action={subscribeAction}
                    hidden={{ planId: plan.id }}
                    submitLabel={`Subscribe ${plan.name.toLowerCase()}`}
                    pendingLabel="Subscribing…"
                  />
                ) : (
                  <Link className="button" href="/register?next=%2Fsubscribe">
                    Create an account to subscribe
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {!reader && (
            <p>
              Already have an account? <Link href="/login?next=%2Fsubscribe">Log in</Link> to subscribe.
            </p>
          )}
        </>
      )}
    </section>
  )
}
