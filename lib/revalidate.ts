import { revalidatePath } from 'next/cache'

import { bumpContentGeneration } from './contentGeneration'

/**
 * Marks every cached reader page stale. A story change can alter any page: the
 * story itself, the home page, and the "other content" rail of every other story,
 * so purging per slug would leave rails pointing at unpublished or renamed stories.
 * Pages regenerate lazily on their next request.
 */
export function revalidateReaderPages(): void {
  // Outside the Next server (seed script, tests) there is no page cache to purge.
  if (!process.env.NEXT_RUNTIME) return
  revalidatePath('/', 'layout')
  bumpContentGeneration()
}
