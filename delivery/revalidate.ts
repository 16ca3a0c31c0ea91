import { revalidatePath } from 'next/cache'
import { after } from 'next/server'

import { z } from 'zod'

import { serverEnv } from '@/lib/env'
import { isWellFormedSlug } from '@/lib/slugify'

import { beginContentChange } from './contentGeneration'
import { internalFetch, INTERNAL_PREFIX } from './internalRoutes'

/**
 * Contract between the server and itself: code running outside a request (the job
 * runner publishing a scheduled story) asks app/(frontend)/internal/revalidate to
 * purge the reader pages, since only a request has Next's cache store at hand.
 */
export const REVALIDATE_PATH = `${INTERNAL_PREFIX}/revalidate` as const

/**
 * Marks every cached reader page stale. A story change can alter any page: the
 * story itself, the home page, and the "other content" rail of every other story,
 * so purging per slug would leave rails pointing at unpublished or renamed stories.
 * Pages regenerate lazily on their next request.
 */
export function revalidateReaderPages(stories: readonly string[] | null = null): void {
  // Outside the Next server (seed script, tests) there is no page cache to purge.
  if (!process.env.NEXT_RUNTIME) return
  try {
    purgeNow({ stories })
  } catch {
    // No request's context (the job runner): the change begins now, so no kept copy is served as
    // current meanwhile, and ends once a request of the server's own has purged.
    const settle = beginContentChange(stories)
    setTimeout(settle, LONGEST_CHANGE_MS).unref()
    void requestPurge(stories).finally(settle)
  }
}

/** However a change's request ends, the proxy caches again after this long. */
const LONGEST_CHANGE_MS = 30_000

/**
 * Purges Next's page cache and the proxy's copies. Needs a request (or route) context: the
 * change is saved (committed) once that request has answered, so the proxy keeps no copy
 * until then (delivery/contentGeneration.ts). `stories`: the slugs the change is about (null:
 * it may touch any page). `settleDelayMs` waits longer, for a change saved by someone else
 * than this request (the job runner commits after asking for the purge).
 */
export function purgeNow({ stories = null, settleDelayMs = 0 }: { stories?: readonly string[] | null; settleDelayMs?: number } = {}): void {
  revalidatePath('/', 'layout')
  const settle = beginContentChange(stories)
  setTimeout(settle, LONGEST_CHANGE_MS).unref()
  try {
    after(() => void setTimeout(settle, settleDelayMs).unref())
  } catch (error) {
    settle()
    throw error
  }
}

/** What the job runner's purge request says: the stories the change is about, or null for every page. */
export const purgeRequestSchema = z.object({ stories: z.array(z.string().refine(isWellFormedSlug)).max(20).nullable() })

async function requestPurge(stories: readonly string[] | null): Promise<void> {
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
