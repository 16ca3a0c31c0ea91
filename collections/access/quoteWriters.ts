import { ownWork } from './ownWork'

/**
 * Quotes are not versioned: a change shows on the story at once. So a contributor
 * changes only their own quotes, or those of their own stories, while the story is
 * not yet published (collections/access/ownWork.ts).
 */
export const quoteWriters = ownWork({
  owners: ['createdBy', 'article.authors', 'article.createdBy'],
  notYetPublic: { or: [{ article: { exists: false } }, { article: { equals: null } }, { 'article._status': { not_equals: 'published' } }] },
})
