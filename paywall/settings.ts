import { z } from 'zod'

export const PAYWALL_LIMITS = {
  maxFreeArticles: 50,
  maxWindowDays: 365,
  maxPreviewParagraphs: 10,
} as const

export const DEFAULT_PAYWALL_SETTINGS = {
  freeArticles: 3,
  registeredFreeArticles: 5,
  windowDays: 30,
  previewParagraphs: 2,
  gateHeading: 'You have read all your free articles',
  gateMessage: 'Subscribe for unlimited access to every story, or come back when your free articles renew.',
} as const

const paywallSettingsSchema = z.object({
  freeArticles: z.number().int().min(0).max(PAYWALL_LIMITS.maxFreeArticles).catch(DEFAULT_PAYWALL_SETTINGS.freeArticles),
  registeredFreeArticles: z
    .number()
    .int()
    .min(0)
    .max(PAYWALL_LIMITS.maxFreeArticles)
    .catch(DEFAULT_PAYWALL_SETTINGS.registeredFreeArticles),
  windowDays: z.number().int().min(1).max(PAYWALL_LIMITS.maxWindowDays).catch(DEFAULT_PAYWALL_SETTINGS.windowDays),
  previewParagraphs: z
    .number()
    .int()
    .min(1)
    .max(PAYWALL_LIMITS.maxPreviewParagraphs)
    .catch(DEFAULT_PAYWALL_SETTINGS.previewParagraphs),
  gateHeading: z.string().min(1).catch(DEFAULT_PAYWALL_SETTINGS.gateHeading),
  gateMessage: z.string().min(1).catch(DEFAULT_PAYWALL_SETTINGS.gateMessage),
})

export type PaywallSettings = z.output<typeof paywallSettingsSchema>

/** The paywall global as stored, with defaults for anything missing (e.g. before an editor first saves it). */
export function toPaywallSettings(stored: unknown): PaywallSettings {
  return paywallSettingsSchema.parse(typeof stored === 'object' && stored !== null ? stored : {})
}
