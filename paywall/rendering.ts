import { z } from 'zod'

import type { StoryAccess } from './meter'
import { PAYWALL_LIMITS } from './settings'

/**
 * Each story is rendered and cached once per variant; the proxy picks the variant
 * for each reader. Variants: `full`, `preview`, and `remaining-N` (full story with
 * the "N free articles remaining" notice).
 */
export type StoryRendering = 'full' | 'preview' | `remaining-${number}`

export const STORY_RENDERINGS_PREFIX = '/story-renderings'

export function renderingFor(access: StoryAccess): StoryRendering {
  switch (access.kind) {
    case 'full':
      return 'full'
    case 'preview':
      return 'preview'
    case 'metered':
      return `remaining-${access.remaining}`
  }
}

const renderingSchema = z.union([
  z.literal('full').transform(() => ({ kind: 'full' }) as const),
  z.literal('preview').transform(() => ({ kind: 'preview' }) as const),
  z
    .string()
    .regex(/^remaining-(0|[1-9]\d?)$/)
    .transform((text) => Number(text.slice('remaining-'.length)))
    .pipe(z.number().max(PAYWALL_LIMITS.maxFreeArticles))
    .transform((remaining) => ({ kind: 'metered', remaining }) as const),
])

/** The access a rendering segment stands for, or null for anything else. */
export function parseRendering(segment: string): StoryAccess | null {
  const parsed = renderingSchema.safeParse(segment)
  return parsed.success ? parsed.data : null
}

export const storyRenderingPath = (slug: string, rendering: StoryRendering): string =>
  `${STORY_RENDERINGS_PREFIX}/${encodeURIComponent(slug)}/${rendering}`
