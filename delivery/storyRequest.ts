import type { ServerEnv } from '@/lib/platform/env'
import { isWellFormedSessionToken } from '@/lib/http/sessionCookie'
import { isWellFormedSlug } from '@/lib/slugify'
import { decideStoryVariant } from '@/paywall/meter'
import { meterCookie, readMeter } from '@/paywall/meterCookie'
import { variantSegment, type VariantSegment } from '@/paywall/variants'

import { askReaderAccess } from './readerAccess'
import { storyFacts } from './storyFacts'
import { storyVariantPath, type VariantPagePath } from './variantPages'

export const STORY_PATH_PREFIX = '/articles/'

/** The story a reader page path names (its slug, decoded), or null when it names none: not a story path, or not decodable. */
export function storyOfPath(pathname: string): string | null {
  if (!pathname.startsWith(STORY_PATH_PREFIX)) return null
  try {
    return decodeURIComponent(pathname.slice(STORY_PATH_PREFIX.length))
  } catch {
    return null
  }
}

/** What a reader sends that decides their variant: their cookies, and whether this request may use up a free read. */
export type StoryReader = { sessionToken: string | undefined; meterCookie: string | undefined; mayCount: boolean }

export type CountedRead = Awaited<ReturnType<typeof meterCookie>>

export type StoryAnswer =
  /** No story here: Next answers (its 404 page). */
  | { kind: 'no-story' }
  /** An old address of a story that moved: permanently elsewhere, so links and search engines follow. */
  | { kind: 'moved'; location: string }
  /** The reader's variant; `countedRead`, the new meter cookie to set when the story reaches them. */
  | { kind: 'variant'; path: VariantPagePath; countedRead: CountedRead | null }

/**
 * Which variant of a story this reader gets: the one decision behind every way a story is
 * asked for (a page load in server.ts's layer, a router request in the proxy), made with
 * paywall/meter.ts from the signed meter cookie (anonymous readers) or by the server that keeps
 * a signed-in reader's meter (delivery/readerAccess.ts). In doubt, the gated variant.
 */
export async function decideStory(slug: string, reader: StoryReader, env: ServerEnv): Promise<StoryAnswer> {
  // Malformed slugs name no story; Next's route answers 404.
  if (!isWellFormedSlug(slug)) return { kind: 'no-story' }

  const facts = await storyFacts(slug, env)
  if (facts && !facts.story) return facts.redirectTo ? { kind: 'moved', location: facts.redirectTo } : { kind: 'no-story' }

  // Without facts (the facts route failed, e.g. the database is down) the reader
  // gets the cached gated variant: never more than the meter could have allowed.
  let variant: VariantSegment = 'gated'
  let countedRead: CountedRead | null = null
  let anonymous = true

  // A free-to-read story is the same for everyone: no need to ask who is reading.
  if (facts?.story && !facts.story.freeToRead && isWellFormedSessionToken(reader.sessionToken)) {
    const answer = await askReaderAccess({ token: reader.sessionToken, story: facts.story, settings: facts.settings, mayCount: reader.mayCount }, env)
    // No answer: the gated variant (fail safe). A session that does not verify: an anonymous reader.
    anonymous = answer?.signedIn === false
    if (answer?.signedIn) variant = answer.variant
  }

  if (facts?.story && anonymous) {
    const now = Date.now()
    const meter = await readMeter(reader.meterCookie, env.PAYLOAD_SECRET)
    const decision = decideStoryVariant({ reader: 'anonymous', meter, article: facts.story, settings: facts.settings, now, mayCount: reader.mayCount })
    variant = variantSegment(decision.variant)
    if (decision.meterChanged) countedRead = await meterCookie(decision.meter, facts.settings, env, now)
  }

  return { kind: 'variant', path: storyVariantPath(slug, variant), countedRead }
}

/** The URL is shared by every reader while the content is not: no shared cache may keep a story's answer. */
export const STORY_CACHE_CONTROL = 'private, no-store'

/**
 * Next's router marks its prefetches; browsers send `Sec-Purpose: prefetch` (the Fetch
 * standard; `prefetch;prerender` for a speculative page), older ones `Purpose`. A prefetch
 * never uses up a free read.
 */
export const isPrefetch = (header: (name: string) => string | null | undefined): boolean =>
  Boolean(header('next-router-prefetch')) || header('purpose') === 'prefetch' || /^prefetch\b/.test(header('sec-purpose') ?? '')
