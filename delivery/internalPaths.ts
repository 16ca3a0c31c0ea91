import { STORY_RENDERINGS_PREFIX } from '@/paywall/rendering'

/** The home page is cached like a story rendering, as its one edition; the proxy serves it at `/`. */
export const FRONT_PAGE_EDITION = 'latest'
export const FRONT_PAGE_PATH = `/front-page/${FRONT_PAGE_EDITION}`

/** Routes only the proxy may request: readers get a 404, so each page has one public address. */
const INTERNAL_PREFIXES = [STORY_RENDERINGS_PREFIX, '/front-page']

export const isInternalPath = (pathname: string): boolean =>
  INTERNAL_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
