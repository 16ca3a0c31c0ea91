import Link from 'next/link'

import { sectionPath } from '@/lib/readerPaths'
import type { SiteSetting } from '@/payload-types'
import type { SectionLink } from '@/reader/queries/settings'

type Props = { settings: Pick<SiteSetting, 'siteName' | 'tagline' | 'navigation'>; sections: SectionLink[] }

export function SiteHeader({ settings, sections }: Props) {
  const menu = [
    ...sections.map((section) => ({ key: `section-${section.id}`, href: sectionPath(section.slug), label: section.name })),
    ...(settings.navigation ?? []).map((item) => ({ key: `link-${item.id ?? item.url}`, href: item.url, label: item.label })),
  ]
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
      {menu.length > 0 && (
        <nav aria-label="Sections">
          <ul className="site-nav">
            {menu.map((item) => (
              <li key={item.key}>
                <Link href={item.href} prefetch={false}>
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
