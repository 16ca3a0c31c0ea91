import { ownWork } from './ownWork'

// Quotes are not versioned: a change shows on the story at once.
export const quoteWriters = ownWork({
  owners: ['createdBy', 'article.authors', 'article.createdBy'],
  notYetPublic: { or: [{ article: { exists: false } }, { article: { equals: null } }, { 'article._status': { not_equals: 'published' } }] },
})
