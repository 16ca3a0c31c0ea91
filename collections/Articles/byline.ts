import type { Article } from '@/payload-types'

/** The byline of a story with no author. */
export const STAFF_BYLINE = 'Staff'

/** "Ana", "Ana and Ben", "Ana, Ben and Cai": names (or links) with the commas and "and" between them. */
export function inBylineOrder<Name>(names: Name[]): (Name | string)[] {
  return names.flatMap((name, index) => (index === 0 ? [name] : [index === names.length - 1 ? ' and ' : ', ', name]))
}

/** How the authors' names read under the headline. */
export function bylineFor(names: string[]): string {
  const named = names.map((name) => name.trim()).filter(Boolean)
  return named.length === 0 ? STAFF_BYLINE : inBylineOrder(named).join('')
}

/** Who a story is by, as readers see it (hooks/setByline.ts stores it on save). */
export const bylineOf = (story: Pick<Article, 'byline'>): string => story.byline || STAFF_BYLINE
