import { z } from 'zod'

import { isWellFormedSessionToken } from '@/lib/http/sessionCookie'
import { decideStoryVariant } from '@/paywall/meter'
import { PAYWALL_LIMITS } from '@/paywall/settings'
import { parseVariantSegment, variantSegment, type VariantSegment } from '@/paywall/variants'

import { internalFetch, INTERNAL_PREFIX, type OwnServer } from './internalRoutes'
import { rememberedSession, rememberSession, type RememberedSession } from './rememberedSessions'
import { storyFactsSchema } from './storyFacts'

// Only this route touches the database for a session, so anonymous readers stay on the fast path.
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
  // Expired, forged or logged out: the visitor is anonymous.
  z.object({ signedIn: z.literal(false) }),
  z.object({
    signedIn: z.literal(true),
    accountId: z.string().min(1),
    readsEverything: z.boolean(),
    // Null for those who read everything: it decides a free account's re-reads.
    meter: meterStateSchema.nullable(),
    variant: z
      .string()
      .refine((segment) => parseVariantSegment(segment) !== null)
      .transform((segment) => segment as VariantSegment),
  }),
])
export type ReaderAccessResponse = z.output<typeof readerAccessResponseSchema>

/**
 * A remembered session is decided here by the server's own rule; only a read that would be
 * counted, or an unknown session, asks the server. null: no answer, and the caller fails safe.
 */
export async function askReaderAccess(request: ReaderAccessRequest, server: OwnServer, now = Date.now()): Promise<ReaderAccessResponse | null> {
  const decided = readerAccessNow(request, now)
  if (decided !== undefined) return decided
  const answer = await fetchReaderAccess(request, server)
  if (answer?.signedIn) {
    const session: RememberedSession = answer.readsEverything
      ? { accountId: answer.accountId, readsEverything: true }
      : { accountId: answer.accountId, readsEverything: false, meter: answer.meter }
    rememberSession(request.token, session, now)
  }
  return answer
}

/** The answer from this process's memory of the session; undefined when the server must be asked. */
export function readerAccessNow(request: ReaderAccessRequest, now = Date.now()): ReaderAccessResponse | undefined {
  const remembered = rememberedSession(request.token, now)
  if (remembered?.readsEverything) return { signedIn: true, accountId: remembered.accountId, readsEverything: true, meter: null, variant: 'full' }
  if (!remembered) return undefined
  const decision = decideStoryVariant({ reader: 'registered', meter: remembered.meter, article: request.story, settings: request.settings, now, mayCount: request.mayCount })
  if (decision.meterChanged) return undefined
  return { signedIn: true, accountId: remembered.accountId, readsEverything: false, meter: remembered.meter, variant: variantSegment(decision.variant) }
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
