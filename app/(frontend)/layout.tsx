import './styles.css'

import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteHeader } from '@/app/(frontend)/SiteHeader'
import { serverEnv } from '@/lib/platform/env'
import { getSectionMenu, getSiteSettings } from '@/reader/queries/settings'

const FALLBACK_SETTINGS = { siteName: 'The Newsroom', tagline: null, navigation: [] }

// The header is not worth failing a page for.
const loadSettings = () => getSiteSettings().catch(() => FALLBACK_SETTINGS)
const loadSections = () => getSectionMenu().catch(() => [])

export async function generateMetadata(): Promise<Metadata> {
  const settings = await loadSettings()
  return {
    metadataBase: new URL(serverEnv().SITE_URL),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: settings.siteName }] } },
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [settings, sections] = await Promise.all([loadSettings(), loadSections()])
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader settings={settings} sections={sections} />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            © {settings.siteName}. <a href="/admin">Newsroom login</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
