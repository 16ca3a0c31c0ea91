import { z } from 'zod'

import { serverEnv } from '@/lib/platform/env'
import { isWellFormedSlug } from '@/lib/slugify'

import { internalFetch, INTERNAL_PREFIX } from './internalRoutes'

/**
 * Contract between the server and itself: code running outside a request (the job
 * runner publishing a scheduled story) asks app/(frontend)/internal/purge to
 * purge the reader pages, since only a request has Next's cache store at hand.
 */
export const PURGE_PATH = `${INTERNAL_PREFIX}/purge` as const

/**
 * What a purge request says: the stories the change is about, or null for every page; and
 * whether the change is still to be committed after the answer (the job runner's is), so no
 * copy is kept for a moment longer.
 */
export const purgeRequestSchema = z.object({ stories: z.array(z.string().refine(isWellFormedSlug)).max(20).nullable(), commitFollows: z.boolean() })

/**
 * Run once by server.ts as it starts listening: the few routes `next build` prerenders (the site's
 * feed, the share card, the logo) were rendered there with no database at hand, so they start stale.
 * Nothing is being written, so the layer may keep copies again at once.
 */
export const purgeBuildTimeCopies = (): Promise<void> => requestPurge(null, { commitFollows: false })

/** Asks the server's own purge route, from code outside a request; a failure is logged, and the caller goes on. */
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
