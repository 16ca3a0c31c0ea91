import { revalidatePath } from 'next/cache'
import { after } from 'next/server'

import { serverEnv } from '@/lib/env'

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
export function revalidateReaderPages(): void {
  // Outside the Next server (seed script, tests) there is no page cache to purge.
  if (!process.env.NEXT_RUNTIME) return
  try {
    purgeNow()
  } catch {
    void requestPurge()
  }
}

/** However a change's request ends, the proxy caches again after this long. */
const LONGEST_CHANGE_MS = 30_000

/**
 * Purges Next's page cache and the proxy's copies. Needs a request (or route) context: the
 * change is saved (committed) once that request has answered, so the proxy keeps no copy
 * until then (delivery/contentGeneration.ts). `settleDelayMs` waits longer, for a change saved
 * by someone else than this request (the job runner commits after asking for the purge).
 */
export function purgeNow(settleDelayMs = 0): void {
  revalidatePath('/', 'layout')
  const settle = beginContentChange()
  setTimeout(settle, LONGEST_CHANGE_MS).unref()
  try {
    after(() => void setTimeout(settle, settleDelayMs).unref())
  } catch (error) {
    settle()
    throw error
  }
}

async function requestPurge(): Promise<void> {
  try {
    const response = await internalFetch(REVALIDATE_PATH, serverEnv(), { method: 'POST' })
    if (!response.ok) throw new Error(`answered ${response.status}`)
  } catch (error) {
    console.error('Could not purge reader pages after a change:', error instanceof Error ? error.message : error)
  }
}
