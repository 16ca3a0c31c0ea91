import { freeArticles } from '@/paywall/gateCopy'
import type { PaywallSettings } from '@/paywall/settings'
import { gateClickPath } from '@/lib/readerPaths'

// Plain links: each click is counted by the server it reaches, with no script (decision 014).
export function GatePanel({ settings, storySlug }: { settings: PaywallSettings; storySlug: string }) {
  return (
    <section className="gate-panel" aria-labelledby="gate-heading" data-testid="gate-panel">
      <h2 id="gate-heading">{settings.gateHeading}</h2>
      <p>{settings.gateMessage}</p>
      <p className="gate-allowance">
        Visitors get {freeArticles(settings.freeArticles)} every {settings.windowDays} days; with a free account you get{' '}
        {freeArticles(settings.registeredFreeArticles)}.
      </p>
      <p className="gate-actions">
        <a className="button" href={gateClickPath('subscribe', storySlug)}>
          Subscribe
        </a>{' '}
        <a className="button button-secondary" href={gateClickPath('login', storySlug)}>
          Log in
        </a>{' '}
        <a href={gateClickPath('register', storySlug)}>
          Create a free account
        </a>
      </p>
    </section>
  )
}
