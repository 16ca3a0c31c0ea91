import type { Article } from '@/payload-types'

export const STAFF_BYLINE = 'Staff'

// "Ana", "Ana and Ben", "Ana, Ben and Cai", for names or links alike.
export function inBylineOrder<Name>(names: Name[]): (Name | string)[] {
  return names.flatMap((name, index) => (index === 0 ? [name] : [index === names.length - 1 ? ' and ' : ', ', name]))
}

export function bylineFor(names: string[]): string {
  const named = names.map((name) => name.trim()).filter(Boolean)
  return named.length === 0 ? STAFF_BYLINE : inBylineOrder(named).join('')
}

// hooks/setByline.ts stores it on save.
export const bylineOf = (story: Pick<Article, 'byline'>): string => story.byline || STAFF_BYLINE
