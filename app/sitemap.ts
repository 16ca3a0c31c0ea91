import type { MetadataRoute } from 'next'

import { serverEnv } from '@/lib/platform/env'
import { listSitemapEntries } from '@/reader/queries/sitemap'

/**
 * /sitemap.xml: the home page, every published story, section, person and country,
 * with when each last changed. Read on each request (it is small and crawlers fetch it
 * rarely): prerendered at build time, which needs no database, it would be empty.
 */
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = serverEnv().SITE_URL
  return (await listSitemapEntries()).map(({ path, lastModified }) => ({ url: `${site}${path}`, lastModified }))
}
