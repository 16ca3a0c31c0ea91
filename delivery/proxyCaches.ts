import { contentGeneration } from '@/lib/contentGeneration'
import { STORY_FACTS_PREFIX, storyFactsSchema, type StoryFacts } from '@/paywall/storyFacts'

import { GenerationCache } from './generationCache'
import { internalFetch, type OwnServer } from './internalRequest'

/**
 * What the proxy fetches from its own server, kept in memory for the current
 * content generation: the paywall facts of a story, and rendered pages (story
 * variants, the front page).
 * Next's own cache of those routes answers ~600 requests/s here; serving the bytes
 * from the proxy is close to a static file. A publish moves the generation, so the
 * next request fetches fresh copies.
 */
type Rendering = { html: string; contentType: string }
/** The server answered, but with no page at that path (404). */
type NoRendering = { missing: true }

// A safety net for anything that changes without a publish hook (e.g. a scheduled revalidation).
const TTL_MS = 60_000

const facts = new GenerationCache<StoryFacts>({ maxEntries: 2_000, ttlMs: TTL_MS })
const renderings = new GenerationCache<Rendering | NoRendering>({ maxEntries: 500, ttlMs: TTL_MS })

/** The story's paywall facts, or null when they cannot be had (then the caller fails safe). */
export function storyFacts(slug: string, server: OwnServer): Promise<StoryFacts | null> {
  return facts.get(slug, contentGeneration(), Date.now(), async () => {
    try {
      const response = await internalFetch(`${STORY_FACTS_PREFIX}/${slug}`, server)
      return response.ok ? storyFactsSchema.parse(await response.json()) : null
    } catch {
      return null
    }
  })
}

/**
 * The full HTML of one cached rendering; `{ missing: true }` when the server has no
 * page there; null when the server could not produce it (an error or no answer).
 */
export function renderedPage(path: string, server: OwnServer): Promise<Rendering | NoRendering | null> {
  return renderings.get(path, contentGeneration(), Date.now(), async () => {
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
