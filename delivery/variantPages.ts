import type { VariantSegment } from '@/paywall/variants'

import { contentGeneration } from './contentGeneration'
import { GenerationCache, GENERATION_TTL_MS } from './generationCache'
import { internalFetch, INTERNAL_PREFIX, type OwnServer } from './internalRoutes'

/**
 * Contract between the proxy and its server: the cached pages it serves. Each story is
 * rendered once per variant by app/(frontend)/internal/articles/[slug]/[variant]; the
 * home page, the same for everyone, by app/(frontend)/internal/home/[variant].
 */
export const storyVariantPath = (slug: string, variant: VariantSegment) =>
  `${INTERNAL_PREFIX}/articles/${encodeURIComponent(slug)}/${variant}` as const

/** The home page's one variant; it sits behind a route parameter so the build never renders it (no database then). */
export const HOME_VARIANT = 'full'
export const HOME_PAGE_PATH = `${INTERNAL_PREFIX}/home/${HOME_VARIANT}` as const

export type VariantPagePath = ReturnType<typeof storyVariantPath> | typeof HOME_PAGE_PATH

type Page = { html: string; contentType: string }
/** The server answered, but with no page at that path (404). */
type NoPage = { missing: true }

/**
 * Next's own cache of those routes answers ~600 requests/s here; keeping the bytes in
 * the proxy, for the current content generation, comes close to a static file.
 */
const pages = new GenerationCache<Page | NoPage>({ maxEntries: 500, ttlMs: GENERATION_TTL_MS })

/**
 * The full HTML of one cached page; `{ missing: true }` when the server has no page
 * there; null when the server could not produce it (an error or no answer).
 */
export function variantPage(path: VariantPagePath, server: OwnServer): Promise<Page | NoPage | null> {
  return pages.get(path, contentGeneration(), Date.now(), async () => {
    try {
      const response = await internalFetch(path, server)
      if (response.status === 404) return { missing: true }
      if (response.status !== 200) return null
      return { html: await response.text(), contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8' }
    } catch {
      return null
    }
  })
}
