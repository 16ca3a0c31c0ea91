import { revalidatePath } from 'next/cache'

import { serverEnv } from '@/lib/env'

import { bumpContentGeneration } from './contentGeneration'
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
export function revalidateReaderPages(): void {
  // Outside the Next server (seed script, tests) there is no page cache to purge.
  if (!process.env.NEXT_RUNTIME) return
  try {
    purgeNow()
  } catch {
    void requestPurge()
  }
}

/** Purges Next's page cache and the proxy's copies. Needs a request (or route) context. */
export function purgeNow(): void {
  revalidatePath('/', 'layout')
  bumpContentGeneration()
  // Next applies the purge when the current request ends; a copy the proxy fetched
  // in between would be the old page, so its copies are dropped once more after that.
  setTimeout(bumpContentGeneration, 2_000).unref()
}

async function requestPurge(): Promise<void> {
  try {
    const response = await internalFetch(REVALIDATE_PATH, serverEnv(), { method: 'POST' })
    if (!response.ok) throw new Error(`answered ${response.status}`)
  } catch (error) {
    console.error('Could not purge reader pages after a change:', error instanceof Error ? error.message : error)
  }
}
