import type { FieldAccess, PayloadRequest } from 'payload'

import { readsEverything } from '@/paywall/readerStanding'

import { readerStandingOf } from './readerStandingOf'

// Request context cannot be set over REST or GraphQL, so API callers never hold this grant.
export const STORY_BODY_GRANT = 'storyBodyGrant'

/**
 * The API spends no free reads, so it has none to give: other REST and GraphQL callers get
 * metered stories without their text.
 */
export const storyBodyReaders: FieldAccess = ({ req, doc }) => readsGatedText(req) || doc?.freeToRead === true

// Quotes follow it too.
export const readsGatedText = (req: PayloadRequest): boolean =>
  readsEverything(readerStandingOf(req.user, Date.now())) || req.context?.[STORY_BODY_GRANT] === true
