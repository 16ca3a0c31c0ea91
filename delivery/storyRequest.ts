import type { ServerEnv } from '@/lib/platform/env'
import { isWellFormedSessionToken } from '@/lib/http/sessionCookie'
import { isWellFormedSlug } from '@/lib/slugify'
import { decideStoryVariant } from '@/paywall/meter'
import { meterCookie, readMeter } from '@/paywall/meterCookie'
import type { ReaderStanding } from '@/paywall/readerStanding'
import { variantSegment, type VariantSegment } from '@/paywall/variants'

import { askReaderAccess, readerAccessNow, type ReaderAccessRequest, type ReaderAccessResponse } from './readerAccess'
import { rememberedSession } from './rememberedSessions'
import { storyFacts, storyFactsNow, type StoryFacts } from './storyFacts'
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

export type CountedRead = ReturnType<typeof meterCookie>

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
  const access = asksWhoIsReading(facts, reader) ? await askReaderAccess(readerAccessRequest(facts!.story!, facts!.settings, reader), env) : null
  return answerFor(slug, facts, access, reader, env)
}

/**
 * The same decision when nothing needs waiting for (the facts kept, the session remembered), as
 * almost every read is; undefined when it does: ask `decideStory`. Spares each read its promises.
 */
export function decideStoryNow(slug: string, reader: StoryReader, env: ServerEnv): StoryAnswer | undefined {
  if (!isWellFormedSlug(slug)) return { kind: 'no-story' }
  const facts = storyFactsNow(slug)
  if (facts === undefined) return undefined
  if (!asksWhoIsReading(facts, reader)) return answerFor(slug, facts, null, reader, env)
  const access = readerAccessNow(readerAccessRequest(facts.story!, facts.settings, reader))
  return access === undefined ? undefined : answerFor(slug, facts, access, reader, env)
}

// A free-to-read story is the same for everyone: no need to ask who is reading.
const asksWhoIsReading = (facts: StoryFacts | null, reader: StoryReader): boolean =>
  Boolean(facts?.story && !facts.story.freeToRead && isWellFormedSessionToken(reader.sessionToken))

const readerAccessRequest = (story: NonNullable<StoryFacts['story']>, settings: StoryFacts['settings'], reader: StoryReader): ReaderAccessRequest => ({
  token: reader.sessionToken!,
  story,
  settings,
  mayCount: reader.mayCount,
})

// `access`: the answer about the session, when it was asked (null: asked, no answer).
function answerFor(slug: string, facts: StoryFacts | null, access: ReaderAccessResponse | null, reader: StoryReader, env: ServerEnv): StoryAnswer {
  if (facts && !facts.story) return facts.redirectTo ? { kind: 'moved', location: facts.redirectTo } : { kind: 'no-story' }

  // Without facts (the database down) the gated variant: never more than the meter could allow.
  let variant: VariantSegment = 'gated'
  let countedRead: CountedRead | null = null
  let anonymous = true
  let seen: StoryReaderSeen = { standing: 'anonymous', accountId: null }

  if (asksWhoIsReading(facts, reader)) {
    // No answer: gated (fail safe). A session that does not verify: an anonymous reader.
    anonymous = access?.signedIn === false
    if (access?.signedIn) {
      variant = access.variant
      seen = seenAccount(access.accountId, access.readsEverything)
    }
  } else if (facts?.story && isWellFormedSessionToken(reader.sessionToken)) {
    // Not asked, for a free story: as far as this process remembers the session.
    const remembered = rememberedSession(reader.sessionToken)
    seen = remembered ? seenAccount(remembered.accountId, remembered.readsEverything) : { standing: 'registered', accountId: null }
  }

  if (facts?.story && anonymous) {
    const now = Date.now()
    const meter = readMeter(reader.meterCookie, env.PAYLOAD_SECRET)
    const decision = decideStoryVariant({ reader: 'anonymous', meter, article: facts.story, settings: facts.settings, now, mayCount: reader.mayCount })
    variant = variantSegment(decision.variant)
    if (decision.meterChanged) countedRead = meterCookie(decision.meter, facts.settings, env, now)
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
