import { ImageResponse } from 'next/og'

import { documentIdSchema } from '@/lib/documentId'
import { populated } from '@/lib/relations'
import { findQuotePermalink, getSiteSettings } from '@/story/queries'

/** The quote's share card: the words and who said them; for a quote of a subscriber story, only who said it. */
export const alt = 'A quote and who said it'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

const MAX_SHOWN = 220

export default async function QuoteCard({ params }: { params: Promise<{ id: string }> }) {
  const parsed = documentIdSchema.safeParse((await params).id)
  const [permalink, { siteName }] = await Promise.all([parsed.success ? findQuotePermalink(parsed.data) : null, getSiteSettings()])
  const words = permalink?.open ? permalink.quote.text : null
  const speaker = permalink ? (permalink.open ? populated(permalink.quote.speaker)?.name : permalink.speaker.name) : null
  const role = permalink?.open ? permalink.quote.speakerRole : null
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#fdfcf9', color: '#1a1a1a' }}>
        <div style={{ display: 'flex', fontSize: 28, color: '#a4161a', letterSpacing: 2, textTransform: 'uppercase' }}>{`${siteName} · on record`}</div>
        <div style={{ fontSize: words && words.length > 120 ? 48 : 64, lineHeight: 1.25, display: 'flex' }}>
          {words ? `“${words.length > MAX_SHOWN ? `${words.slice(0, MAX_SHOWN - 1)}…` : words}”` : 'A quote in a subscriber story'}
        </div>
        <div style={{ fontSize: 32, display: 'flex' }}>
          {speaker ? `${speaker}${role ? `, ${role}` : ''}` : siteName}
        </div>
      </div>
    ),
    size,
  )
}
