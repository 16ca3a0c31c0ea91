import type { ServerEnv } from '@/lib/platform/env'
import { isWellFormedSessionToken } from '@/lib/http/sessionCookie'
import { isWellFormedSlug } from '@/lib/slugify'
import { decideStoryVariant } from '@/paywall/meter'
import { meterCookie, readMeter } from '@/paywall/meterCookie'
import type { ReaderStanding } from '@/paywall/readerStanding'
import { variantSegment, type VariantSegment } from '@/paywall/variants'

import { askReaderAccess } from './readerAccess'
import { rememberedSession } from './rememberedSessions'
import { storyFacts } from './storyFacts'
import { storyVariantPath, type VariantPagePath } from './variantPages'

export const STORY_PATH_PREFIX = '/articles/'

export function storyOfPath(pathname: string): string | null {
  if (!pathname.startsWith(STORY_PATH_PREFIX)) return null
  try {
    return decodeURIComponent(pathname.slice(STORY_PATH_PREFIX.length))
  } catch {
    return null
  }
}

export type StoryReader = { sessionToken: string | undefined; meterCookie: string | undefined; mayCount: boolean }

export type CountedRead = Awaited<ReturnType<typeof meterCookie>>

// Who got the variant, for the newsroom's numbers: the account when known, never sent anywhere.
export type StoryReaderSeen = { standing: ReaderStanding; accountId: string | null }

export type StoryAnswer =
  | { kind: 'no-story' }
  // Permanently, so links and search engines follow.
  | { kind: 'moved'; location: string }
  // `countedRead`: the meter cookie to set once the story reaches the reader.
  | { kind: 'variant'; path: VariantPagePath; variant: VariantSegment; countedRead: CountedRead | null; seen: StoryReaderSeen }

/**
 * The one decision behind every way a story is asked for: a page load or a router request.
 * In doubt, the gated variant.
 */
export async function decideStory(slug: string, reader: StoryReader, env: ServerEnv): Promise<StoryAnswer> {
  if (!isWellFormedSlug(slug)) return { kind: 'no-story' }

  const facts = await storyFacts(slug, env)
  if (facts && !facts.story) return facts.redirectTo ? { kind: 'moved', location: facts.redirectTo } : { kind: 'no-story' }

  // Without facts (the database down) the gated variant: never more than the meter could allow.
  let variant: VariantSegment = 'gated'
  let countedRead: CountedRead | null = null
  let anonymous = true
  let seen: StoryReaderSeen = { standing: 'anonymous', accountId: null }

  // A free-to-read story is the same for everyone: no need to ask who is reading.
  if (facts?.story && !facts.story.freeToRead && isWellFormedSessionToken(reader.sessionToken)) {
    const answer = await askReaderAccess({ token: reader.sessionToken, story: facts.story, settings: facts.settings, mayCount: reader.mayCount }, env)
    // No answer: gated (fail safe). A session that does not verify: an anonymous reader.
    anonymous = answer?.signedIn === false
    if (answer?.signedIn) {
      variant = answer.variant
      seen = seenAccount(answer.accountId, answer.readsEverything)
    }
  } else if (facts?.story && isWellFormedSessionToken(reader.sessionToken)) {
    // Not asked, for a free story: as far as this process remembers the session.
    const remembered = rememberedSession(reader.sessionToken)
    seen = remembered ? seenAccount(remembered.accountId, remembered.readsEverything) : { standing: 'registered', accountId: null }
  }

  if (facts?.story && anonymous) {
    const now = Date.now()
    const meter = await readMeter(reader.meterCookie, env.PAYLOAD_SECRET)
    const decision = decideStoryVariant({ reader: 'anonymous', meter, article: facts.story, settings: facts.settings, now, mayCount: reader.mayCount })
    variant = variantSegment(decision.variant)
    if (decision.meterChanged) countedRead = await meterCookie(decision.meter, facts.settings, env, now)
  }

  return { kind: 'variant', path: storyVariantPath(slug, variant), variant, countedRead, seen }
}

// Account keys are `<collection>:<id>` (rememberedSessions.ts#accountKey); staff sign in as `users`.
const seenAccount = (accountId: string, readsEverything: boolean): StoryReaderSeen => ({
  standing: readsEverything ? (accountId.startsWith('users:') ? 'staff' : 'subscriber') : 'registered',
  accountId,
})

// One URL for every reader, different content: no shared cache may keep a story's answer.
export const STORY_CACHE_CONTROL = 'private, no-store'

// A prefetch never uses up a free read. Older browsers send `Purpose` rather than `Sec-Purpose`.
export const isPrefetch = (header: (name: string) => string | null | undefined): boolean =>
  Boolean(header('next-router-prefetch')) || header('purpose') === 'prefetch' || /^prefetch\b/.test(header('sec-purpose') ?? '')
