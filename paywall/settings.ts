import { z } from 'zod'

// The meter reads only `meterSettingsSchema`'s part, and the proxy receives exactly that.
export const PAYWALL_LIMITS = {
  maxFreeArticles: 50,
  maxWindowDays: 365,
  maxOpeningParagraphs: 10,
} as const

export const DEFAULT_PAYWALL_SETTINGS = {
  freeArticles: 3,
  registeredFreeArticles: 5,
  windowDays: 30,
  openingParagraphs: 2,
  gateHeading: 'You have read all your free articles',
  gateMessage: 'Subscribe for unlimited access to every story, or come back when your free articles renew.',
} as const

const articleCount = z.number().int().min(0).max(PAYWALL_LIMITS.maxFreeArticles)

export const meterSettingsSchema = z.object({
  freeArticles: articleCount,
  // A signed-in reader without a subscription: the meter is kept on their account.
  registeredFreeArticles: articleCount,
  windowDays: z.number().int().min(1).max(PAYWALL_LIMITS.maxWindowDays),
})

export type MeterSettings = z.output<typeof meterSettingsSchema>

const { freeArticles, registeredFreeArticles, windowDays } = meterSettingsSchema.shape

// Anything missing or out of bounds in the stored global falls back to its default.
const paywallSettingsSchema = z.object({
  freeArticles: freeArticles.catch(DEFAULT_PAYWALL_SETTINGS.freeArticles),
  registeredFreeArticles: registeredFreeArticles.catch(DEFAULT_PAYWALL_SETTINGS.registeredFreeArticles),
  windowDays: windowDays.catch(DEFAULT_PAYWALL_SETTINGS.windowDays),
  // Without a paywall break in the story.
  openingParagraphs: z
    .number()
    .int()
    .min(1)
    .max(PAYWALL_LIMITS.maxOpeningParagraphs)
    .catch(DEFAULT_PAYWALL_SETTINGS.openingParagraphs),
  gateHeading: z.string().min(1).catch(DEFAULT_PAYWALL_SETTINGS.gateHeading),
  gateMessage: z.string().min(1).catch(DEFAULT_PAYWALL_SETTINGS.gateMessage),
})

export type PaywallSettings = z.output<typeof paywallSettingsSchema>

export function toPaywallSettings(stored: unknown): PaywallSettings {
  return paywallSettingsSchema.parse(typeof stored === 'object' && stored !== null ? stored : {})
}

export const meterSettingsOf = (settings: MeterSettings): MeterSettings => meterSettingsSchema.parse(settings)
