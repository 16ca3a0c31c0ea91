import type { Access } from 'payload'

import { QUOTES_OF_PUBLISHED_STORIES, QUOTES_OPEN_TO_EVERYONE } from '@/paywall/quoteVisibility'

import { isStaffUser } from './staff'
import { readsGatedText } from './storyBodyReaders'

// Quotes are the story's own words, often from its gated part: the rule is paywall/quoteVisibility.ts.
export const quoteReaders: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (readsGatedText(req)) return QUOTES_OF_PUBLISHED_STORIES
  return QUOTES_OPEN_TO_EVERYONE
}
