import { getSiteSettings } from '@/reader/queries/settings'
import { shareCard } from '@/reader/components/ShareCard'

// For pages without a card of their own: home, sections, lists.
export const revalidate = 3600

export async function GET(): Promise<Response> {
  const { siteName, tagline } = await getSiteSettings()
  return shareCard({ label: siteName, text: tagline ?? siteName, footer: 'Stories, the people in them and what they said on record' })
}
