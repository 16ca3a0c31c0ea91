import type { Access } from 'payload'

import { isStaffUser } from './staff'
import { readsGatedText } from './storyBodyReaders'

/**
 * Quotes are the story's own words, often from its gated part, so they follow the
 * story body's rule (access/storyBodyReaders.ts#readsGatedText): staff see all;
 * subscribers and the reader site's own rendering (which has already applied the
 * paywall) see the quotes of published stories; everyone else only those of
 * published stories free to read.
 * A quote never reveals a draft before its story runs.
 */
export const quoteReaders: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const ofPublishedStory = { 'article._status': { equals: 'published' } }
  if (readsGatedText(req)) return ofPublishedStory
  return { and: [ofPublishedStory, { 'article.freeToRead': { equals: true } }] }
}
