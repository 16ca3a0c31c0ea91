import { z } from 'zod'

import { serverEnv } from '@/lib/platform/env'
import { isWellFormedSlug } from '@/lib/slugify'

import { internalFetch, INTERNAL_PREFIX } from './internalRoutes'

// Only a request has Next's cache store at hand, so code outside one asks this route.
export const PURGE_PATH = `${INTERNAL_PREFIX}/purge` as const

// `commitFollows`: the change is committed after the answer, so nothing is kept until then.
export const purgeRequestSchema = z.object({ stories: z.array(z.string().refine(isWellFormedSlug)).max(20).nullable(), commitFollows: z.boolean() })

/**
 * `next build` prerenders a few routes (the feed, the share card, the logo) with no database,
 * so they start stale. Nothing is being written, so copies may be kept again at once.
 */
export const purgeBuildTimeCopies = (): Promise<void> => requestPurge(null, { commitFollows: false })

export async function requestPurge(stories: readonly string[] | null, { commitFollows = true }: { commitFollows?: boolean } = {}): Promise<void> {
  try {
    const response = await internalFetch(PURGE_PATH, serverEnv(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stories, commitFollows }),
    })
    if (!response.ok) throw new Error(`answered ${response.status}`)
  } catch (error) {
    console.error('Could not purge reader pages after a change:', error instanceof Error ? error.message : error)
  }
}
