import type { MetadataRoute } from 'next'

import { serverEnv } from '@/lib/platform/env'
import { listSitemapEntries } from '@/reader/queries/sitemap'

// Small and rarely fetched; prerendered at build, with no database, it would be empty.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = serverEnv().SITE_URL
  return (await listSitemapEntries()).map(({ path, lastModified }) => ({ url: `${site}${path}`, lastModified }))
}
