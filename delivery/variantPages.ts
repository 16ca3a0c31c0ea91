import { compressedBodies, type CompressedBodies } from '@/lib/http/compressedBodies'
import { concurrencyLimit } from '@/lib/concurrencyLimit'
import type { VariantSegment } from '@/paywall/variants'

import { contentGeneration } from './contentGeneration'
import { GenerationCache, GENERATION_TTL_MS, type StaleFallback } from './generationCache'
import { internalFetch, INTERNAL_PREFIX, type OwnServer } from './internalRoutes'
import { withoutScripts } from './readerHtml'

/**
 * Contract between the proxy and its server: the cached pages it serves. Each story is
 * rendered once per variant by app/(frontend)/internal/articles/[slug]/[variant]; the
 * home page, the same for everyone, by app/(frontend)/internal/home/[variant]; the other
 * pages the same for everyone (sharedPages.ts) by their own routes, which the proxy reaches
 * for the layer under /internal/pages.
 */
const STORY_VARIANTS_PREFIX = `${INTERNAL_PREFIX}/articles/` as const
export const storyVariantPath = (slug: string, variant: VariantSegment) => `${STORY_VARIANTS_PREFIX}${encodeURIComponent(slug)}/${variant}` as const

/** The story a variant path renders (its slug), or null for the home page and the shared pages. */
export function storyOfVariantPath(path: CachedPagePath): string | null {
  return path.startsWith(STORY_VARIANTS_PREFIX) ? decodeURIComponent(path.slice(STORY_VARIANTS_PREFIX.length).split('/')[0]) : null
}

/** The home page's one variant; it sits behind a route parameter so the build never renders it (no database then). */
export const HOME_VARIANT = 'full'
export const HOME_PAGE_PATH = `${INTERNAL_PREFIX}/home/${HOME_VARIANT}` as const

export type VariantPagePath = ReturnType<typeof storyVariantPath> | typeof HOME_PAGE_PATH

const SHARED_PAGES_PREFIX = `${INTERNAL_PREFIX}/pages` as const
export const sharedPagePath = (pathname: string) => `${SHARED_PAGES_PREFIX}${pathname}` as const
/** A shared page's own address, from its internal one (the proxy's rewrite), or null when the path is no shared page's. */
export const pageOfSharedPagePath = (path: string): string | null =>
  path.startsWith(`${SHARED_PAGES_PREFIX}/`) ? path.slice(SHARED_PAGES_PREFIX.length) : null
type SharedPagePath = ReturnType<typeof sharedPagePath>

export type CachedPagePath = VariantPagePath | SharedPagePath

/**
 * A page as the layer serves it: its bytes compressed once per rendering (Next would compress
 * them again on every response, which costs more than the whole meter: docs/performance.md),
 * and the stories it links to, which decide whether an older copy may stand in.
 */
export type Page = { contentType: string; bodies: CompressedBodies; linkedStories: string[] }
/** The server answered, but with no page at that path (404, or a redirect to another spelling): Next answers that. */
type NoPage = { missing: true }

/**
 * The one cache of those routes (Next renders them on each request): the bytes, for the
 * current content generation, served from memory come close to a static file. The shared
 * pages have their own, so addresses made up by the thousand cannot push stories out.
 */
const pages = new GenerationCache<Page | NoPage>({ maxEntries: 500, ttlMs: GENERATION_TTL_MS })
const sharedPages = new GenerationCache<Page | NoPage>({ maxEntries: 1_000, ttlMs: GENERATION_TTL_MS })

/**
 * Pages rendered at once for the proxy. After a publish every cached page is rendered again:
 * all at once, on a machine with a couple of cores, each takes seconds and readers time out;
 * in turn, each takes a fraction of one and the older copies bridge the wait.
 */
const renderTurn = concurrencyLimit(2)

/**
 * How long a reader waits for a page rendered since the last change before getting the
 * copy from before it, when that copy may still be shown (the caller decides: never one
 * showing a story since withdrawn). After a publish every page renders again at once.
 */
export const FRESH_PAGE_WAIT_MS = 1_000

/**
 * The full HTML of one cached page; `{ missing: true }` when the server has no page
 * there; null when the server could not produce it (an error or no answer).
 */
export function cachedPage(
  path: CachedPagePath,
  server: OwnServer,
  mayShowOlderCopy: (page: Page, keptInGeneration: number) => Promise<boolean>,
): Promise<Page | NoPage | null> {
  const fallback: StaleFallback<Page | NoPage> = {
    waitMs: FRESH_PAGE_WAIT_MS,
    usable: async (stale, keptInGeneration) => 'bodies' in stale && mayShowOlderCopy(stale, keptInGeneration),
  }
  const load = async (): Promise<Page | NoPage | null> => {
    try {
      const response = await internalFetch(path, server)
      if (response.status === 404 || (response.status >= 300 && response.status < 400)) return { missing: true }
      if (response.status !== 200) return null
      // Readers get these pages without scripts (readerHtml.ts): their one interaction works without.
      const html = withoutScripts(await response.text())
      return {
        contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8',
        bodies: await compressedBodies(html),
        linkedStories: linkedStorySlugs(html),
      }
    } catch {
      return null
    }
  }
  const cache = pageOfSharedPagePath(path) === null ? pages : sharedPages
  return cache.get(path, contentGeneration(), Date.now(), () => renderTurn(load), fallback)
}

/** The stories a page links to (its own, a list's, a rail's), by slug: what an older copy of it shows. */
export function linkedStorySlugs(html: string): string[] {
  const slugs = new Set<string>()
  for (const [, slug] of html.matchAll(/href="(?:https?:\/\/[^"/]+)?\/articles\/([a-z0-9-]+)"/g)) slugs.add(slug)
  return [...slugs]
}
