import { renderNewsSitemap } from '@/reader/newsSitemap'
import { getSiteSettings, siteIdentityOf } from '@/reader/queries/settings'
import { listRecentStories } from '@/reader/queries/sitemap'

// Its window moves with the clock, and a build-time copy would be empty.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const [settings, stories] = await Promise.all([getSiteSettings(), listRecentStories(new Date())])
  return new Response(renderNewsSitemap(siteIdentityOf(settings), stories), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  })
}
