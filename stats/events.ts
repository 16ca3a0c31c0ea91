import type { ReaderStanding } from '@/paywall/readerStanding'
import type { VariantSegment } from '@/paywall/variants'

import type { ReferrerClass } from './referrer'

// What the newsroom counts; one word per event, used in the delta rows and the API alike.
export const EVENT_KINDS = ['read', 'gate-click', 'registration', 'subscription-started', 'subscription-ended'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const READ_VARIANTS = ['full', 'metered', 'gated'] as const
export type ReadVariant = (typeof READ_VARIANTS)[number]

export const COUNTED_STANDINGS = ['anonymous', 'free', 'subscriber'] as const
export type CountedStanding = (typeof COUNTED_STANDINGS)[number]

export const GATE_ACTIONS = ['subscribe', 'login', 'register'] as const
export type GateAction = (typeof GATE_ACTIONS)[number]

// A subscription counts once for the story whose gate it came through and once for the first read.
export const ATTRIBUTIONS = ['gate', 'first-read'] as const
export type Attribution = (typeof ATTRIBUTIONS)[number]

export type StatsEvent =
  // A gated read is the gate shown.
  | { kind: 'read'; story: string; variant: ReadVariant; standing: CountedStanding; referrer: ReferrerClass }
  | { kind: 'gate-click'; story: string; action: GateAction }
  | { kind: 'registration'; story: string }
  | { kind: 'subscription-started'; story: string; attribution: Attribution }
  | { kind: 'subscription-ended'; story: string }

export const readVariantOf = (segment: VariantSegment): ReadVariant => (segment === 'full' || segment === 'gated' ? segment : 'metered')

// Staff reading their own site are no audience: null, nothing counted.
export const countedStanding = (standing: ReaderStanding): CountedStanding | null =>
  standing === 'staff' ? null : standing === 'registered' ? 'free' : standing

export type RequestSignals = { userAgent: string | undefined; acceptLanguage: string | undefined }

const SELF_DECLARED_ROBOT = /bot\b|crawl|spider|slurp|preview|fetch|curl|wget|python|go-http|java\/|headless|lighthouse|monitor/i

/**
 * Browsers always say which languages their user reads; crawlers and scripts rarely do, and many
 * name themselves. Neither is proof, so such requests are left out of the counts, not refused.
 */
export const isCrawlerByBehaviour = ({ userAgent, acceptLanguage }: RequestSignals): boolean =>
  !acceptLanguage?.trim() || !userAgent || SELF_DECLARED_ROBOT.test(userAgent)

// Global Privacy Control: the reader asks not to be followed; only plain counts are kept for them.
export const asksNotToBeFollowed = (secGpc: string | undefined | null): boolean => secGpc?.trim() === '1'
