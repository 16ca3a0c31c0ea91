import { z } from 'zod'

import { isWellFormedSessionToken } from '@/lib/sessionCookie'

import { parseRendering, type StoryRendering } from './rendering'
import { storyFactsSchema } from './storyFacts'

/**
 * The proxy asks /internal/reader-access what a signed-in visitor gets; only
 * that route touches the database (the session and a registered reader's
 * meter), so anonymous readers stay on the proxy's fast path.
 */
export const READER_ACCESS_PATH = '/internal/reader-access'

export const readerAccessRequestSchema = z.object({
  token: z.string().refine(isWellFormedSessionToken),
  story: storyFactsSchema.shape.story.unwrap(),
  settings: storyFactsSchema.shape.settings,
  mayCount: z.boolean(),
})
export type ReaderAccessRequest = z.output<typeof readerAccessRequestSchema>

export const readerAccessResponseSchema = z.discriminatedUnion('signedIn', [
  /** The session did not verify (expired, forged, logged out): the visitor is anonymous. */
  z.object({ signedIn: z.literal(false) }),
  z.object({
    signedIn: z.literal(true),
    /** A subscriber or staff: every story in full, whatever the meter. */
    readsEverything: z.boolean(),
    rendering: z
      .string()
      .refine((segment) => parseRendering(segment) !== null)
      .transform((segment) => segment as StoryRendering),
  }),
])
export type ReaderAccessResponse = z.output<typeof readerAccessResponseSchema>
