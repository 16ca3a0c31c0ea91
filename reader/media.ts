import { populated } from '@/lib/relations'
import type { Article, Media } from '@/payload-types'

type Size = 'card' | 'hero'

/** The image file to show at a size: the resized copy when Payload made one, else the original. */
export function mediaSource(media: Media, size: Size): { src: string; width?: number; height?: number } | null {
  const sized = media.sizes?.[size]
  if (sized?.url) return { src: sized.url, width: sized.width ?? undefined, height: sized.height ?? undefined }
  return media.url ? { src: media.url, width: media.width ?? undefined, height: media.height ?? undefined } : null
}

/** A story's hero photo as its page, its share card and its JSON-LD name it; null without one. */
export function heroImageOf(story: Pick<Article, 'heroImage'>): { src: string; alt: string } | null {
  const hero = populated(story.heroImage)
  const source = hero ? mediaSource(hero, 'hero') : null
  return hero && source ? { src: source.src, alt: hero.alt } : null
}
