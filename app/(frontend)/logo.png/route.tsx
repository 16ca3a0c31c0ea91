import { ImageResponse } from 'next/og'

import { PUBLISHER_LOGO } from '@/reader/newsArticleJsonLd'
import { getSiteSettings } from '@/reader/queries/settings'

// Named by every story's structured data.
export const revalidate = 3600

export async function GET(): Promise<Response> {
  const { siteName } = await getSiteSettings()
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', background: '#fdfcf9', color: '#a3122a', fontSize: 40, fontWeight: 700 }}>
        {siteName}
      </div>
    ),
    { width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
  )
}
