import { z } from 'zod'

import type { MeterState } from '@/paywall/meter'
import { PAYWALL_LIMITS } from '@/paywall/settings'

// Anything unreadable counts as a fresh window, as a bad cookie does for anonymous readers.
const storedMeterSchema = z.object({
  windowStart: z.iso.datetime({ offset: true }),
  readArticleIds: z.array(z.string().min(1).max(64)).max(PAYWALL_LIMITS.maxFreeArticles),
})

export function meterFromAccount(stored: unknown): MeterState | null {
  const parsed = storedMeterSchema.safeParse(stored)
  return parsed.success
    ? { windowStart: Date.parse(parsed.data.windowStart), readArticleIds: parsed.data.readArticleIds }
    : null
}

export const meterForAccount = (meter: MeterState) => ({
  windowStart: new Date(meter.windowStart).toISOString(),
  readArticleIds: meter.readArticleIds,
})
