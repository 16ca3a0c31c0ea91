import { z } from 'zod'

import { isWellFormedSessionToken } from '@/lib/http/sessionCookie'
import { decideStoryVariant } from '@/paywall/meter'
import { PAYWALL_LIMITS } from '@/paywall/settings'
import { parseVariantSegment, variantSegment, type VariantSegment } from '@/paywall/variants'

import { internalFetch, INTERNAL_PREFIX, type OwnServer } from './internalRoutes'
import { rememberedSession, rememberSession, type RememberedSession } from './rememberedSessions'
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

const meterStateSchema = z.object({
  windowStart: z.number().int().nonnegative(),
  readArticleIds: z.array(z.string().min(1).max(64)).max(PAYWALL_LIMITS.maxFreeArticles),
})

export const readerAccessResponseSchema = z.discriminatedUnion('signedIn', [
  /** The session did not verify (expired, forged, logged out): the visitor is anonymous. */
  z.object({ signedIn: z.literal(false) }),
  z.object({
    signedIn: z.literal(true),
    accountId: z.string().min(1),
    /** A subscriber or staff: every story in full, whatever the meter. */
    readsEverything: z.boolean(),
    /** A free account's meter after this request (null for those who read everything): it decides their re-reads. */
    meter: meterStateSchema.nullable(),
    variant: z
      .string()
      .refine((segment) => parseVariantSegment(segment) !== null)
      .transform((segment) => segment as VariantSegment),
  }),
])
export type ReaderAccessResponse = z.output<typeof readerAccessResponseSchema>

/**
 * The variant for a signed-in visitor, or null when the server could not answer (the caller
 * fails safe). A remembered session (delivery/rememberedSessions.ts) is decided here, with the
 * same rule as the server's: a subscriber's story, a free account's re-read or gated read.
 * Only a read that would be counted, or a session not remembered, asks the server.
 */
export async function askReaderAccess(request: ReaderAccessRequest, server: OwnServer, now = Date.now()): Promise<ReaderAccessResponse | null> {
  const remembered = rememberedSession(request.token, now)
  if (remembered?.readsEverything) return { signedIn: true, accountId: remembered.accountId, readsEverything: true, meter: null, variant: 'full' }
  if (remembered) {
    const decision = decideStoryVariant({ reader: 'registered', meter: remembered.meter, article: request.story, settings: request.settings, now, mayCount: request.mayCount })
    if (!decision.meterChanged) {
      return { signedIn: true, accountId: remembered.accountId, readsEverything: false, meter: remembered.meter, variant: variantSegment(decision.variant) }
    }
  }
  const answer = await fetchReaderAccess(request, server)
  if (answer?.signedIn) {
    const session: RememberedSession = answer.readsEverything
      ? { accountId: answer.accountId, readsEverything: true }
      : { accountId: answer.accountId, readsEverything: false, meter: answer.meter }
    rememberSession(request.token, session, now)
  }
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
