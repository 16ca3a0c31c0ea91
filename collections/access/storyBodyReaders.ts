import type { FieldAccess, PayloadRequest } from 'payload'

import { readsEverything } from '@/paywall/readerStanding'

import { readerStandingOf } from './readerStandingOf'

/**
 * Context key the reader site sets on a Local API query once the paywall has
 * decided which variant a reader gets. Request context cannot be set over
 * REST or GraphQL, so API callers never hold this grant.
 */
export const STORY_BODY_GRANT = 'storyBodyGrant'

/**
 * Who may read an article's body through Payload: staff and subscribers
 * (paywall/readerStanding.ts), anyone for stories marked free to read, and the reader
 * site's own server rendering. Everyone else (anonymous or free-account REST and
 * GraphQL callers) gets metered stories without their text: the API spends no
 * free reads, so it has none to give.
 */
export const storyBodyReaders: FieldAccess = ({ req, doc }) => readsGatedText(req) || doc?.freeToRead === true

/**
 * Whether this request may read the gated text of any published story: a subscriber or
 * staff member, or the reader site's rendering holding the grant. Quotes follow it too.
 */
export const readsGatedText = (req: PayloadRequest): boolean =>
  readsEverything(readerStandingOf(req.user, Date.now())) || req.context?.[STORY_BODY_GRANT] === true
