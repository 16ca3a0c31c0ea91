import type { Article } from '@/payload-types'

/** The byline of a story with no author. */
export const STAFF_BYLINE = 'Staff'

/** Who a story is by, as readers see it (collections/Articles/hooks/setByline.ts stores it on save). */
export const bylineOf = (story: Pick<Article, 'byline'>): string => story.byline || STAFF_BYLINE
