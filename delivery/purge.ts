import { revalidatePath } from 'next/cache'
import { after } from 'next/server'

import { beginContentChange } from './contentGeneration'
import { requestPurge } from './purgeRequest'

/**
 * Marks every cached reader page stale. A story change can alter any page: the
 * story itself, the home page, and the "other content" rail of every other story,
 * so purging per slug would leave rails pointing at unpublished or renamed stories.
 * Pages regenerate lazily on their next request.
 */
export function purgeReaderPages(stories: readonly string[] | null = null): void {
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
