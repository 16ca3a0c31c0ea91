import { revalidatePath } from 'next/cache'
import { after } from 'next/server'

import { beginContentChange } from './contentGeneration'
import { requestPurge } from './purgeRequest'
import { isAnsweringRequest } from './requestScope'

/**
 * Every cached reader page goes stale: any story change reaches other stories' rails,
 * so purging per slug would leave links to unpublished or renamed stories.
 */
export function purgeReaderPages(stories: readonly string[] | null = null): void {
  // Scripts and tests run outside Next: no page cache to purge.
  if (!process.env.NEXT_RUNTIME) return
  if (isAnsweringRequest()) return purgeNow({ stories })
  // Off a request (the job runner, `next dev`): the server's own purge route runs in one.
  const settle = beginContentChange(stories)
  setTimeout(settle, LONGEST_CHANGE_MS).unref()
  void requestPurge(stories).finally(settle)
}

const LONGEST_CHANGE_MS = 30_000

/**
 * Needs a request context: the change is committed once that request has answered.
 * `settleDelayMs`: for a change someone else commits later (the job runner).
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
