import { isIdFor } from '@/lib/api/documentId'
import { isWellFormedSlug } from '@/lib/slugify'

// Page 2 and on of a person's, country's or author's stories.
const ENTITY_PAGE = /^\/(people|countries|authors)\/([^/]+)(?:\/stories\/[1-9][0-9]{0,3})?$/
const SECTION_PAGE = /^\/sections\/([^/]+)$/
const QUOTE_PAGE = /^\/quotes\/([^/]+)$/
const INDEX_PAGES = new Set(['/people', '/countries'])

/**
 * Pages that are the same for every reader, served from the layer's copies like the home page.
 * Only the address as the site links it: other spellings go on to Next, which redirects or 404s.
 */
export function isSharedReaderPage(pathname: string): boolean {
  if (INDEX_PAGES.has(pathname)) return true
  const quote = QUOTE_PAGE.exec(pathname)?.[1]
  // Either database's shape of id: the page itself answers 404 for the wrong one.
  if (quote !== undefined) return isIdFor('sqlite', quote) || isIdFor('mongodb', quote)
  const slug = ENTITY_PAGE.exec(pathname)?.[2] ?? SECTION_PAGE.exec(pathname)?.[1]
  return slug !== undefined && isWellFormedSlug(slug)
}
