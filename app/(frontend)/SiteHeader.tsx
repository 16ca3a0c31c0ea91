import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

export function SiteHeader({ settings }: { settings: Pick<SiteSetting, 'siteName' | 'tagline' | 'navigation'> }) {
  const navigation = settings.navigation ?? []
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {settings.siteName}
        </Link>
        {settings.tagline && <p className="site-tagline">{settings.tagline}</p>}
        {/* The same for every reader, so cached pages can share it; /account sends visitors to log in. */}
        <nav aria-label="Account" className="site-account">
          <Link href="/search" prefetch={false}>
            Search
          </Link>
          <Link href="/subscribe" prefetch={false}>
            Subscribe
          </Link>
          <Link href="/account" prefetch={false}>
            Account
          </Link>
        </nav>
      </div>
      {/* An empty menu renders nothing, not a "No menu items!" placeholder. */}
      {navigation.length > 0 && (
        <nav aria-label="Main">
          <ul className="site-nav">
            {navigation.map((item) => (
              <li key={item.id ?? item.url}>
                <Link href={item.url} prefetch={false}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  )
}
