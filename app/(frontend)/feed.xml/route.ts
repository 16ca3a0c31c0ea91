import { feedItemsOf, getSiteSettings, listLatestStories, siteIdentityOf } from '@/story/queries'
import { renderRssFeed, rssResponse } from '@/story/rss'

// Cached like the reader pages and purged with them on publish (delivery/revalidate.ts).
export const dynamic = 'force-static'
export const revalidate = 300

const FEED_SIZE = 30

export async function GET(): Promise<Response> {
  const [settings, stories] = await Promise.all([getSiteSettings(), listLatestStories(FEED_SIZE)])
  const site = siteIdentityOf(settings)
  return rssResponse(renderRssFeed({ ...site, description: settings.tagline ?? site.name }, await feedItemsOf(stories)))
}
