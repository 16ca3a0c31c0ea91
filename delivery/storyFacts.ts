import { z } from 'zod'

import { meterSettingsSchema } from '@/paywall/settings'

import { contentGeneration } from './contentGeneration'
import { GenerationCache, GENERATION_TTL_MS } from './generationCache'
import { internalFetch, INTERNAL_PREFIX, type OwnServer } from './internalRoutes'

// What the proxy needs to meter a story, from a cached route, so no request touches the database.
export const STORY_FACTS_PREFIX = `${INTERNAL_PREFIX}/story-facts`

export const storyFactsSchema = z.object({
  story: z.object({ id: z.string().min(1), freeToRead: z.boolean() }).nullable(),
  // With no story at this slug: where its old address leads now, if anywhere.
  redirectTo: z
    .string()
    .regex(/^\/(?![/\\])/)
    .nullable(),
  settings: meterSettingsSchema,
})

export type StoryFacts = z.output<typeof storyFactsSchema>

const facts = new GenerationCache<StoryFacts>({ maxEntries: 2_000, ttlMs: GENERATION_TTL_MS })

// null when the facts cannot be had: the caller fails safe.
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

/** The facts kept for this content generation, if any: no waiting. */
export const storyFactsNow = (slug: string): StoryFacts | undefined => facts.current(slug, contentGeneration(), Date.now())
