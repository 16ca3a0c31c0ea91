import { populated } from '@/lib/relations'
import { findQuotePermalink } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { SHARE_CARD, shareCard } from '@/reader/components/ShareCard'

// For a quote of a subscriber story, only who said it.
export const alt = 'A quote and who said it'
export const size = SHARE_CARD.size
export const contentType = SHARE_CARD.contentType

export default async function QuoteCard({ params }: { params: Promise<{ id: string }> }) {
  const [permalink, { siteName }] = await Promise.all([findQuotePermalink((await params).id), getSiteSettings()])
  const words = permalink?.open ? permalink.quote.text : null
  const speaker = permalink ? (permalink.open ? populated(permalink.quote.speaker)?.name : permalink.speaker.name) : null
  const role = permalink?.open ? permalink.quote.speakerRole : null
  return shareCard({
    label: `${siteName} · on record`,
    text: words ? `“${words}”` : 'A quote in a subscriber story',
    footer: speaker ? `${speaker}${role ? `, ${role}` : ''}` : siteName,
  })
}
