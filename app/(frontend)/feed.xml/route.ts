import { getSiteSettings, siteIdentityOf } from '@/reader/queries/settings'
import { feedItemsOf, listLatestStories } from '@/reader/queries/stories'
import { renderRssFeed, rssResponse } from '@/reader/rss'

// Purged with the reader pages on publish (delivery/purge.ts).
export const dynamic = 'force-static'
export const revalidate = 300

const FEED_SIZE = 30

export async function GET(): Promise<Response> {
  const [settings, stories] = await Promise.all([getSiteSettings(), listLatestStories(FEED_SIZE)])
  const site = siteIdentityOf(settings)
  return rssResponse(renderRssFeed({ ...site, description: settings.tagline ?? site.name }, await feedItemsOf(stories)))
}
