import Link from 'next/link'

import type { PaywallSettings } from '@/paywall/settings'

/** Where a story stops for a reader whose free articles are used up. */
export function GatePanel({ settings }: { settings: PaywallSettings }) {
  return (
    <section className="gate-panel" aria-labelledby="gate-heading" data-testid="gate-panel">
      <h2 id="gate-heading">{settings.gateHeading}</h2>
      <p>{settings.gateMessage}</p>
      <p className="gate-allowance">
        Everyone gets {settings.freeArticles} free {settings.freeArticles === 1 ? 'article' : 'articles'} every{' '}
        {settings.windowDays} days.
      </p>
      <Link className="button" href="/subscribe" prefetch={false}>
        Subscribe
      </Link>
    </section>
  )
}
