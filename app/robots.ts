import type { MetadataRoute } from 'next'

import { ACCOUNT_FORM_PATHS } from '@/delivery/formPosts'
import { INTERNAL_PREFIX } from '@/delivery/internalRoutes'
import { serverEnv } from '@/lib/platform/env'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview', '/search', INTERNAL_PREFIX, ...ACCOUNT_FORM_PATHS] },
    sitemap: [`${serverEnv().SITE_URL}/sitemap.xml`, `${serverEnv().SITE_URL}/news-sitemap.xml`],
  }
}
