import { countryPath, personPath } from '@/lib/readerPaths'
import { isWellFormedSlug } from '@/lib/slugify'

import { resolveCountry, resolvePerson } from './queries/entities'
import { getSiteSettings, siteIdentityOf } from './queries/settings'
import { feedItemsOf, listStoriesTagging } from './queries/stories'
import { renderRssFeed, rssResponse } from './rss'

// Another name of the entity leads to its own feed (308).
const NO_SUCH_FEED = () => new Response('No such feed.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

export async function entityFeed(kind: 'people' | 'countries', slug: string): Promise<Response> {
  if (!isWellFormedSlug(slug)) return NO_SUCH_FEED()
  const [found, settings] = await Promise.all([kind === 'people' ? resolvePerson(slug) : resolveCountry(slug), getSiteSettings()])
  if (!found) return NO_SUCH_FEED()
  if ('redirectTo' in found) return new Response(null, { status: 308, headers: { location: `${found.redirectTo}/feed.xml` } })
  const site = siteIdentityOf(settings)
  const { name } = found
  const path = kind === 'people' ? personPath(found.slug) : countryPath(found.slug)
  const items = await feedItemsOf((await listStoriesTagging(kind, found.id)).docs)
  return rssResponse(renderRssFeed({ url: site.url, name: `${name} · ${site.name}`, description: `Stories about ${name}.`, path }, items))
}
