import { isIdFor } from '@/lib/api/documentId'
import { isWellFormedSlug } from '@/lib/slugify'

/** Further pages of a person's, country's or author's stories: page 2 and on (reader/components/EntityStoriesPage.tsx). */
const ENTITY_PAGE = /^\/(people|countries|authors)\/([^/]+)(?:\/stories\/[1-9][0-9]{0,3})?$/
const SECTION_PAGE = /^\/sections\/([^/]+)$/
const QUOTE_PAGE = /^\/quotes\/([^/]+)$/
const INDEX_PAGES = new Set(['/people', '/countries'])

/**
 * The reader pages that are the same for every reader, whoever asks and whatever they have
 * read: the indexes of people and countries, each person's, country's, author's and section's
 * page with its further pages of stories, and each quote's permalink. The layer in front of Next
 * serves them from its copies, without scripts, as it serves the home page (pageServer.ts).
 * Only the address as the site links it: any other spelling (a trailing slash, an old name, an
 * odd page number) goes on to Next, which redirects or answers 404.
 */
export function isSharedReaderPage(pathname: string): boolean {
  if (INDEX_PAGES.has(pathname)) return true
  const quote = QUOTE_PAGE.exec(pathname)?.[1]
  // Either database's shape of id: the page itself judges it for the database in use, and answers 404.
  if (quote !== undefined) return isIdFor('sqlite', quote) || isIdFor('mongodb', quote)
  const slug = ENTITY_PAGE.exec(pathname)?.[2] ?? SECTION_PAGE.exec(pathname)?.[1]
  return slug !== undefined && isWellFormedSlug(slug)
}
