import type { Access } from 'payload'

import { QUOTES_OF_PUBLISHED_STORIES, QUOTES_OPEN_TO_EVERYONE } from '@/paywall/quoteVisibility'

import { isStaffUser } from './staff'
import { readsGatedText } from './storyBodyReaders'

/**
 * Quotes are the story's own words, often from its gated part: the rule is
 * paywall/quoteVisibility.ts. Staff see all; subscribers and the reader site's own
 * rendering (which has already applied the paywall; access/storyBodyReaders.ts#readsGatedText)
 * see the quotes of published stories; everyone else those open to everyone.
 */
export const quoteReaders: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (readsGatedText(req)) return QUOTES_OF_PUBLISHED_STORIES
  return QUOTES_OPEN_TO_EVERYONE
}
