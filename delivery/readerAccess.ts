import { z } from 'zod'

import { ExpiringMap } from '@/lib/expiringMap'
import { isWellFormedSessionToken } from '@/lib/sessionCookie'
import { parseVariantSegment, type VariantSegment } from '@/paywall/variants'

import { internalFetch, INTERNAL_PREFIX, type OwnServer } from './internalRoutes'
import { storyFactsSchema } from './storyFacts'

/**
 * Contract between the proxy and its server: what a visitor with a session cookie
 * gets of a story. Only app/(frontend)/internal/reader-access (accounts/signedInAccess.ts)
 * touches the database (the session, a free account's meter), so anonymous readers
 * stay on the proxy's fast path.
 */
export const READER_ACCESS_PATH = `${INTERNAL_PREFIX}/reader-access` as const

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
    variant: z
      .string()
      .refine((segment) => parseVariantSegment(segment) !== null)
      .transform((segment) => segment as VariantSegment),
  }),
])
export type ReaderAccessResponse = z.output<typeof readerAccessResponseSchema>

/**
 * Sessions known to read everything (subscribers, staff), remembered for a short
 * while so their story pages skip the session check: measured, that check made a
 * signed-in reader's page ~6× slower than an anonymous one (docs/performance.md).
 * The price: a subscription that ends, or a session that is revoked, keeps full
 * access in this process for up to the time to live. Free accounts are never
 * remembered: their meter must be read on every story.
 */
const unmeteredSessions = new ExpiringMap<string, true>({ maxEntries: 10_000, ttlMs: 30_000 })

/** The server's answer for a signed-in visitor, or null when it could not answer (the caller fails safe). */
export async function askReaderAccess(request: ReaderAccessRequest, server: OwnServer): Promise<ReaderAccessResponse | null> {
  if (unmeteredSessions.get(request.token, Date.now())) return { signedIn: true, readsEverything: true, variant: 'full' }
  const answer = await fetchReaderAccess(request, server)
  if (answer?.signedIn && answer.readsEverything) unmeteredSessions.set(request.token, true, Date.now())
  return answer
}

async function fetchReaderAccess(request: ReaderAccessRequest, server: OwnServer): Promise<ReaderAccessResponse | null> {
  try {
    const response = await internalFetch(READER_ACCESS_PATH, server, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })
    return response.ok ? readerAccessResponseSchema.parse(await response.json()) : null
  } catch {
    return null
  }
}
