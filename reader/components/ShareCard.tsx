import { ImageResponse } from 'next/og'

/**
 * Every page's link preview is this one design (app/(frontend)/…/opengraph-image.tsx).
 * It holds only what the page's metadata already says: a card is readable by anyone.
 */
export const SHARE_CARD = { size: { width: 1200, height: 630 }, contentType: 'image/png' } as const

const MAX_WORDS_SHOWN = 220

const shortened = (text: string) => (text.length > MAX_WORDS_SHOWN ? `${text.slice(0, MAX_WORDS_SHOWN - 1)}…` : text)

export function shareCard(card: { label: string; text: string; footer: string }): ImageResponse {
  const text = shortened(card.text)
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#fdfcf9', color: '#1a1a1a', borderTop: '16px solid #a3122a' }}>
        <div style={{ display: 'flex', fontSize: 28, color: '#a3122a', letterSpacing: 2, textTransform: 'uppercase' }}>{card.label}</div>
        <div style={{ fontSize: text.length > 120 ? 48 : 64, lineHeight: 1.25, display: 'flex' }}>{text}</div>
        <div style={{ fontSize: 32, display: 'flex', color: '#555' }}>{card.footer}</div>
      </div>
    ),
    SHARE_CARD.size,
  )
}
