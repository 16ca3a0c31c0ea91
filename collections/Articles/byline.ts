import type { Article } from '@/payload-types'

/** The byline of a story with no author. */
export const STAFF_BYLINE = 'Staff'

/** "Ana", "Ana and Ben", "Ana, Ben and Cai": how the authors' names read under the headline. */
export function bylineFor(names: string[]): string {
  const named = names.map((name) => name.trim()).filter(Boolean)
  if (named.length === 0) return STAFF_BYLINE
  if (named.length === 1) return named[0]
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
}

/** Who a story is by, as readers see it (hooks/setByline.ts stores it on save). */
export const bylineOf = (story: Pick<Article, 'byline'>): string => story.byline || STAFF_BYLINE
