import { compressedBodies, type CompressedBodies } from '@/lib/http/compressedBodies'
import { concurrencyLimit } from '@/lib/concurrencyLimit'
import type { VariantSegment } from '@/paywall/variants'

import { contentGeneration } from './contentGeneration'
import { GenerationCache, GENERATION_TTL_MS, type StaleFallback } from './generationCache'
import { internalFetch, INTERNAL_PREFIX, type OwnServer } from './internalRoutes'
import { withoutScripts } from './readerHtml'

// The cached pages the proxy serves: each story rendered once per variant, by internal routes.
const STORY_VARIANTS_PREFIX = `${INTERNAL_PREFIX}/articles/` as const
export const storyVariantPath = (slug: string, variant: VariantSegment) => `${STORY_VARIANTS_PREFIX}${encodeURIComponent(slug)}/${variant}` as const

export function storyOfVariantPath(path: CachedPagePath): string | null {
  return path.startsWith(STORY_VARIANTS_PREFIX) ? decodeURIComponent(path.slice(STORY_VARIANTS_PREFIX.length).split('/')[0]) : null
}

// Behind a route parameter so the build never renders it: there is no database then.
export const HOME_VARIANT = 'full'
export const HOME_PAGE_PATH = `${INTERNAL_PREFIX}/home/${HOME_VARIANT}` as const

export type VariantPagePath = ReturnType<typeof storyVariantPath> | typeof HOME_PAGE_PATH

const SHARED_PAGES_PREFIX = `${INTERNAL_PREFIX}/pages` as const
export const sharedPagePath = (pathname: string) => `${SHARED_PAGES_PREFIX}${pathname}` as const
export const pageOfSharedPagePath = (path: string): string | null =>
  path.startsWith(`${SHARED_PAGES_PREFIX}/`) ? path.slice(SHARED_PAGES_PREFIX.length) : null
type SharedPagePath = ReturnType<typeof sharedPagePath>

export type CachedPagePath = VariantPagePath | SharedPagePath

/**
 * Compressed once per rendering: Next compresses on every response, which costs more than the
 * whole meter (docs/performance.md). `linkedStories` decide whether an older copy may stand in.
 */
export type Page = { contentType: string; bodies: CompressedBodies; linkedStories: string[] }
// A 404 or a redirect to another spelling: Next answers that.
type NoPage = { missing: true }

// Shared pages have their own cache, so addresses made up by the thousand cannot push stories out.
const pages = new GenerationCache<Page | NoPage>({ maxEntries: 500, ttlMs: GENERATION_TTL_MS })
const sharedPages = new GenerationCache<Page | NoPage>({ maxEntries: 1_000, ttlMs: GENERATION_TTL_MS })

/**
 * After a publish every page renders again: all at once on a couple of cores, each takes
 * seconds and readers time out; in turn, each takes a fraction of one while older copies bridge.
 */
const renderTurn = concurrencyLimit(2)

export const FRESH_PAGE_WAIT_MS = 1_000

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
      // Readers get these pages without scripts (delivery/readerHtml.ts).
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
  return cacheOf(path).get(path, contentGeneration(), Date.now(), () => renderTurn(load), fallback)
}

/** The copy kept for this content generation, if any: no rendering, no waiting. */
export const cachedPageNow = (path: CachedPagePath): Page | NoPage | undefined => cacheOf(path).current(path, contentGeneration(), Date.now())

const cacheOf = (path: CachedPagePath) => (pageOfSharedPagePath(path) === null ? pages : sharedPages)

// What an older copy shows, so whether it may still stand in.
export function linkedStorySlugs(html: string): string[] {
  const slugs = new Set<string>()
  for (const [, slug] of html.matchAll(/href="(?:https?:\/\/[^"/]+)?\/articles\/([a-z0-9-]+)"/g)) slugs.add(slug)
  return [...slugs]
}
