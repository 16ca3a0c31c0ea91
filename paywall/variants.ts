import { z } from 'zod'

import type { StoryVariant } from './meter'
import { PAYWALL_LIMITS } from './settings'

// The form in which the proxy asks for a cached rendering (delivery/variantPages.ts).
export type VariantSegment = 'full' | 'gated' | `metered-${number}` | 'metered-0-reread'

export function variantSegment(variant: StoryVariant): VariantSegment {
  switch (variant.kind) {
    case 'full':
      return 'full'
    case 'gated':
      return 'gated'
    case 'metered':
      return variant.reread && variant.remaining === 0 ? 'metered-0-reread' : `metered-${variant.remaining}`
  }
}

const segmentSchema = z.union([
  z.literal('full').transform(() => ({ kind: 'full' }) as const),
  z.literal('gated').transform(() => ({ kind: 'gated' }) as const),
  z.literal('metered-0-reread').transform(() => ({ kind: 'metered', remaining: 0, reread: true }) as const),
  z
    .string()
    .regex(/^metered-(0|[1-9]\d?)$/)
    .transform((text) => Number(text.slice('metered-'.length)))
    .pipe(z.number().max(PAYWALL_LIMITS.maxFreeArticles))
    .transform((remaining) => ({ kind: 'metered', remaining }) as const),
])

export function parseVariantSegment(segment: string): StoryVariant | null {
  const parsed = segmentSchema.safeParse(segment)
  return parsed.success ? parsed.data : null
}
