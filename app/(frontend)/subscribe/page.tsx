import type { Metadata } from 'next'

import { getPaywallSettings } from '@/content/queries'

export const metadata: Metadata = { title: 'Subscribe' }
// Per request: the build never needs a database.
export const dynamic = 'force-dynamic'

export default async function SubscribePage() {
  const paywall = await getPaywallSettings()
  return (
    <section className="empty-state">
      <h1>Subscriptions</h1>
      <p>
        Every reader gets {paywall.freeArticles} free {paywall.freeArticles === 1 ? 'article' : 'articles'} every{' '}
        {paywall.windowDays} days.
      </p>
      <p>
        Paid subscriptions and reader accounts are not open yet, so nothing can be bought here today. Your free
        articles renew automatically when the {paywall.windowDays}-day window ends.
      </p>
    </section>
  )
}
