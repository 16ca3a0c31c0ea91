import { z } from 'zod'

import { serverEnv } from '@/lib/env'
import { isWellFormedSlug } from '@/lib/slugify'

import { internalFetch, INTERNAL_PREFIX } from './internalRoutes'

/**
 * Contract between the server and itself: code running outside a request (the job
 * runner publishing a scheduled story) asks app/(frontend)/internal/revalidate to
 * purge the reader pages, since only a request has Next's cache store at hand.
 */
export const REVALIDATE_PATH = `${INTERNAL_PREFIX}/revalidate` as const

/** What the job runner's purge request says: the stories the change is about, or null for every page. */
export const purgeRequestSchema = z.object({ stories: z.array(z.string().refine(isWellFormedSlug)).max(20).nullable() })

/**
 * Run once by server.ts as it starts listening: the few routes `next build` prerenders (the site's
 * feed, the share card, the logo) were rendered there with no database at hand, so they start stale.
 */
export const purgeBuildTimeCopies = (): Promise<void> => requestPurge(null)

/** Asks the server's own purge route, from code outside a request; a failure is logged, and the caller goes on. */
export async function requestPurge(stories: readonly string[] | null): Promise<void> {
  try {
    const response = await internalFetch(REVALIDATE_PATH, serverEnv(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stories }),
    })
    if (!response.ok) throw new Error(`answered ${response.status}`)
  } catch (error) {
    console.error('Could not purge reader pages after a change:', error instanceof Error ? error.message : error)
  }
}
