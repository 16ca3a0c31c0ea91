import Link from 'next/link'

import { freeArticles } from '@/paywall/gateCopy'
import type { PaywallSettings } from '@/paywall/settings'
import { storyPath } from '@/lib/readerPaths'


export function GatePanel({ settings, storySlug }: { settings: PaywallSettings; storySlug: string }) {
  const back = encodeURIComponent(storyPath(storySlug))
  return (
    <section className="gate-panel" aria-labelledby="gate-heading" data-testid="gate-panel">
      <h2 id="gate-heading">{settings.gateHeading}</h2>
      <p>{settings.gateMessage}</p>
      <p className="gate-allowance">
        Visitors get {freeArticles(settings.freeArticles)} every {settings.windowDays} days; with a free account you get{' '}
        {freeArticles(settings.registeredFreeArticles)}.
      </p>
      <p className="gate-actions">
        <Link className="button" href={`/subscribe?next=${back}`} prefetch={false}>
          Subscribe
        </Link>{' '}
        <Link className="button button-secondary" href={`/login?next=${back}`} prefetch={false}>
          Log in
        </Link>{' '}
        <Link href={`/register?next=${back}`} prefetch={false}>
          Create a free account
        </Link>
      </p>
    </section>
  )
}
