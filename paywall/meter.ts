import { readsEverything, type ReaderStanding } from './readerStanding'
import { PAYWALL_LIMITS, type MeterSettings } from './settings'

/**
 * The metered-paywall rule, as plain data in and out so every caller (the proxy
 * for anonymous readers, the reader-access route for signed-in ones, the account
 * page) decides the same way.
 */

export type MeterState = {
  /** When the current counting window opened (ms since epoch). */
  windowStart: number
  /** Ids of the metered stories already counted in this window. */
  readArticleIds: string[]
}

export type MeteredArticle = { id: string; freeToRead: boolean }

/** What a reader gets of a story; each variant is rendered and cached once (paywall/variants.ts). */
export type StoryVariant =
  /** The whole story, no notice: it is free to read, or the reader subscribes (or is staff). */
  | { kind: 'full' }
  /** The whole story, counted against the allowance, with the "N remaining" notice. */
  | { kind: 'metered'; remaining: number }
  /** The opening and the gate: the allowance is used up. */
  | { kind: 'gated' }

export type MeterDecision = {
  variant: StoryVariant
  /** The meter after this read; store it only when `meterChanged`. */
  meter: MeterState
  meterChanged: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

export const freshMeter = (now: number): MeterState => ({ windowStart: now, readArticleIds: [] })

/** When the meter's counting window closes and the allowance renews (ms since epoch). */
export const windowEnd = (meter: MeterState, settings: MeterSettings): number => meter.windowStart + settings.windowDays * DAY_MS

export const isWindowOpen = (meter: MeterState, settings: MeterSettings, now: number): boolean =>
  meter.windowStart <= now && now < windowEnd(meter, settings)

export const hasAlreadyRead = (meter: MeterState, articleId: string): boolean =>
  meter.readArticleIds.includes(articleId)

/** How many metered stories a reader of this standing may read per window. */
export const allowanceOf = (reader: ReaderStanding, settings: MeterSettings): number =>
  reader === 'registered' ? settings.registeredFreeArticles : settings.freeArticles

export const remainingReads = (meter: MeterState, allowance: number): number =>
  Math.max(0, allowance - meter.readArticleIds.length)

export function decideStoryVariant(args: {
  reader: ReaderStanding
  meter: MeterState | null
  article: MeteredArticle
  settings: MeterSettings
  now: number
  /**
   * False for requests that must not use up a free read (link prefetches, HEAD).
   * They never get a story that would have been counted: that would hand out
   * the full text without charging for it.
   */
  mayCount: boolean
}): MeterDecision {
  const { reader, article, settings, now, mayCount } = args
  const stored = args.meter
  const meter = stored && isWindowOpen(stored, settings, now) ? stored : freshMeter(now)
  const windowRenewed = meter !== stored
  const allowance = allowanceOf(reader, settings)

  if (readsEverything(reader)) {
    return { variant: { kind: 'full' }, meter: stored ?? meter, meterChanged: false }
  }
  if (article.freeToRead) {
    return { variant: { kind: 'full' }, meter, meterChanged: windowRenewed }
  }
  if (hasAlreadyRead(meter, article.id)) {
    return { variant: { kind: 'metered', remaining: remainingReads(meter, allowance) }, meter, meterChanged: windowRenewed }
  }
  if (mayCount && remainingReads(meter, allowance) > 0) {
    const counted = { ...meter, readArticleIds: [...meter.readArticleIds, article.id] }
    return { variant: { kind: 'metered', remaining: remainingReads(counted, allowance) }, meter: counted, meterChanged: true }
  }
  return { variant: { kind: 'gated' }, meter, meterChanged: windowRenewed }
}

/** What the account page tells a reader about their meter: reads used, allowance, when it renews. */
export function meterSummary(
  meter: MeterState | null,
  reader: ReaderStanding,
  settings: MeterSettings,
  now: number,
): { read: number; allowance: number; renewsAt: number | null } {
  const allowance = allowanceOf(reader, settings)
  if (!meter || !isWindowOpen(meter, settings, now)) return { read: 0, allowance, renewsAt: null }
  return { read: meter.readArticleIds.length, allowance, renewsAt: windowEnd(meter, settings) }
}

/**
 * The anonymous meter a reader keeps after logging out: what this browser had
 * counted plus what the account counted, so logging out never hands out a fresh
 * allowance. The older open window wins, so the renewal date never moves later.
 */
export function meterAfterLogout(
  browser: MeterState | null,
  account: MeterState | null,
  settings: MeterSettings,
  now: number,
): MeterState {
  const open = [browser, account].filter((meter): meter is MeterState => meter !== null && isWindowOpen(meter, settings, now))
  if (open.length === 0) return freshMeter(now)
  const ids = [...new Set(open.flatMap((meter) => meter.readArticleIds))]
  return { windowStart: Math.min(...open.map((meter) => meter.windowStart)), readArticleIds: ids.slice(0, PAYWALL_LIMITS.maxFreeArticles) }
}
