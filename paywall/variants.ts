import { z } from 'zod'

import type { StoryVariant } from './meter'
import { PAYWALL_LIMITS } from './settings'

/**
 * A story variant as a URL segment, the form in which the proxy asks for its cached
 * rendering (delivery/variantPages.ts): `full`, `gated`, and `metered-N` (the whole
 * story with the "N free articles remaining" notice).
 */
export type VariantSegment = 'full' | 'gated' | `metered-${number}`

export function variantSegment(variant: StoryVariant): VariantSegment {
  switch (variant.kind) {
    case 'full':
      return 'full'
    case 'gated':
      return 'gated'
    case 'metered':
      return `metered-${variant.remaining}`
  }
}

const segmentSchema = z.union([
  z.literal('full').transform(() => ({ kind: 'full' }) as const),
  z.literal('gated').transform(() => ({ kind: 'gated' }) as const),
  z
    .string()
    .regex(/^metered-(0|[1-9]\d?)$/)
    .transform((text) => Number(text.slice('metered-'.length)))
    .pipe(z.number().max(PAYWALL_LIMITS.maxFreeArticles))
    .transform((remaining) => ({ kind: 'metered', remaining }) as const),
])

/** The variant a segment stands for, or null for anything else. */
export function parseVariantSegment(segment: string): StoryVariant | null {
  const parsed = segmentSchema.safeParse(segment)
  return parsed.success ? parsed.data : null
}
