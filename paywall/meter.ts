/**
 * The metered-paywall rule, as plain data in and out so every caller (the proxy
 * in front of story pages, tests, later the API) decides the same way.
 */

export type MeterState = {
  /** When the current counting window opened (ms since epoch). */
  windowStart: number
  /** Ids of the metered stories already counted in this window. */
  readArticleIds: string[]
}

export type MeterSettings = { freeArticles: number; windowDays: number }

export type MeteredArticle = { id: string; freeToRead: boolean }

export type StoryAccess =
  /** The whole story, no notice: it is free to read. */
  | { kind: 'full' }
  /** The whole story, counted against the allowance, with the "N remaining" notice. */
  | { kind: 'metered'; remaining: number }
  /** The opening paragraphs and the gate: the allowance is used up. */
  | { kind: 'preview' }

export type MeterDecision = {
  access: StoryAccess
  /** The meter after this read; store it only when `meterChanged`. */
  meter: MeterState
  meterChanged: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

export const freshMeter = (now: number): MeterState => ({ windowStart: now, readArticleIds: [] })

export const isWindowOpen = (meter: MeterState, settings: MeterSettings, now: number): boolean =>
  meter.windowStart <= now && now - meter.windowStart < settings.windowDays * DAY_MS

export const hasAlreadyRead = (meter: MeterState, articleId: string): boolean =>
  meter.readArticleIds.includes(articleId)

export const remainingReads = (meter: MeterState, settings: MeterSettings): number =>
  Math.max(0, settings.freeArticles - meter.readArticleIds.length)

export function decideStoryAccess(args: {
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
  const { article, settings, now, mayCount } = args
  const stored = args.meter
  const meter = stored && isWindowOpen(stored, settings, now) ? stored : freshMeter(now)
  const windowRenewed = meter !== stored

  if (article.freeToRead) {
    return { access: { kind: 'full' }, meter, meterChanged: windowRenewed }
  }
  if (hasAlreadyRead(meter, article.id)) {
    return { access: { kind: 'metered', remaining: remainingReads(meter, settings) }, meter, meterChanged: windowRenewed }
  }
  if (mayCount && remainingReads(meter, settings) > 0) {
    const counted = { ...meter, readArticleIds: [...meter.readArticleIds, article.id] }
    return { access: { kind: 'metered', remaining: remainingReads(counted, settings) }, meter: counted, meterChanged: true }
  }
  return { access: { kind: 'preview' }, meter, meterChanged: windowRenewed }
}
