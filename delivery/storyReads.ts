import { asksNotToBeFollowed, countedStanding, isCrawlerByBehaviour, readVariantOf } from '@/stats/events'
import { recordEvent } from '@/stats/recorder'
import { referrerClass } from '@/stats/referrer'
import type { VariantSegment } from '@/paywall/variants'

import type { StoryReaderSeen } from './storyRequest'

export type ReadRequest = {
  header: (name: string) => string | null | undefined
  // The address's query, without `?`: its campaign tags name where the reader came from.
  query: string
  // The client's address as the server named it (rateLimits/index.ts); null when unknown.
  client: string | null
}

const NO_QUERY = new URLSearchParams()

/**
 * Counts a story that reached its reader, for the newsroom's numbers (decision 014): in memory,
 * nothing awaited. Called once per read, where the layer or the proxy hands the variant over.
 */
export function noteStoryRead(slug: string, answer: { variant: VariantSegment; seen: StoryReaderSeen }, request: ReadRequest, secret: string): void {
  const standing = countedStanding(answer.seen.standing)
  const userAgent = request.header('user-agent') ?? undefined
  if (standing === null || isCrawlerByBehaviour({ userAgent, acceptLanguage: request.header('accept-language') ?? undefined })) return
  const referrer = referrerClass({
    referer: request.header('referer'),
    query: request.query ? new URLSearchParams(request.query) : NO_QUERY,
    siteHost: request.header('x-forwarded-host') ?? request.header('host') ?? '',
  })
  const identity = answer.seen.accountId ?? (request.client ? `${request.client} ${userAgent}` : null)
  const followed = identity !== null && !asksNotToBeFollowed(request.header('sec-gpc'))
  recordEvent({ kind: 'read', story: slug, variant: readVariantOf(answer.variant), standing, referrer }, followed ? { identity, secret } : null)
}
