import { readsEverything, type ReaderStanding } from './readerStanding'
import { PAYWALL_LIMITS, type MeterSettings } from './settings'

// Plain data in and out, so the proxy, the reader-access route and the account page decide alike.

export type MeterState = {
  windowStart: number
  readArticleIds: string[]
}

export type MeteredArticle = { id: string; freeToRead: boolean }

// Each variant is rendered and cached once (paywall/variants.ts).
export type StoryVariant =
  // Free to read, or a subscriber or staff.
  | { kind: 'full' }
  // Counted against the allowance, with the "N remaining" notice.
  // `reread` only with none remaining: "your last free article" would be untrue on a re-read.
  | { kind: 'metered'; remaining: number; reread?: true }
  | { kind: 'gated' }

export type MeterDecision = {
  variant: StoryVariant
  // Store it only when `meterChanged`.
  meter: MeterState
  meterChanged: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

export const freshMeter = (now: number): MeterState => ({ windowStart: now, readArticleIds: [] })

export const windowEnd = (meter: MeterState, settings: MeterSettings): number => meter.windowStart + settings.windowDays * DAY_MS

// A request that waited its turn may find a window opened after it began, or by a clock a little ahead.
export const CLOCK_SKEW_MS = 5 * 60_000

export const isWindowOpen = (meter: MeterState, settings: MeterSettings, now: number): boolean =>
  meter.windowStart <= now + CLOCK_SKEW_MS && now < windowEnd(meter, settings)

export const hasAlreadyRead = (meter: MeterState, articleId: string): boolean =>
  meter.readArticleIds.includes(articleId)

export const allowanceOf = (reader: ReaderStanding, settings: MeterSettings): number =>
  reader === 'registered' ? settings.registeredFreeArticles : settings.freeArticles

export const remainingReads = (meter: MeterState, allowance: number): number =>
  Math.max(0, allowance - meter.readArticleIds.length)

// Above zero a re-read reads like any metered read, so it shares that rendering.
const rereadVariant = (remaining: number): StoryVariant =>
  remaining === 0 ? { kind: 'metered', remaining, reread: true } : { kind: 'metered', remaining }

export function decideStoryVariant(args: {
  reader: ReaderStanding
  meter: MeterState | null
  article: MeteredArticle
  settings: MeterSettings
  now: number
  // False for prefetches and HEAD: they never get a story that would have been counted, for free.
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
    return { variant: rereadVariant(remainingReads(meter, allowance)), meter, meterChanged: windowRenewed }
  }
  if (mayCount && remainingReads(meter, allowance) > 0) {
    const counted = { ...meter, readArticleIds: [...meter.readArticleIds, article.id] }
    return { variant: { kind: 'metered', remaining: remainingReads(counted, allowance) }, meter: counted, meterChanged: true }
  }
  return { variant: { kind: 'gated' }, meter, meterChanged: windowRenewed }
}

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
 * Logging out must never hand out a fresh allowance: the browser keeps what either counted.
 * The older open window wins, so the renewal date never moves later.
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
