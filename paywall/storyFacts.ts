import { z } from 'zod'

/**
 * What the proxy needs to meter a story, served by /paywall-facts/[slug]
 * (a cached route) so the per-request layer never touches the database.
 */
export const storyFactsSchema = z.object({
  story: z.object({ id: z.string().min(1), freeToRead: z.boolean() }).nullable(),
  settings: z.object({
    freeArticles: z.number().int().nonnegative(),
    registeredFreeArticles: z.number().int().nonnegative(),
    windowDays: z.number().int().positive(),
  }),
})

export type StoryFacts = z.output<typeof storyFactsSchema>

export const STORY_FACTS_PREFIX = '/paywall-facts'
