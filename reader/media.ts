import { populated } from '@/lib/relations'
import type { Article, Media } from '@/payload-types'

type Size = 'card' | 'hero'

export function mediaSource(media: Media, size: Size): { src: string; width?: number; height?: number } | null {
  const sized = media.sizes?.[size]
  if (sized?.url) return { src: sized.url, width: sized.width ?? undefined, height: sized.height ?? undefined }
  return media.url ? { src: media.url, width: media.width ?? undefined, height: media.height ?? undefined } : null
}

export function heroImageOf(story: Pick<Article, 'heroImage'>): { src: string; alt: string } | null {
  const hero = populated(story.heroImage)
  const source = hero ? mediaSource(hero, 'hero') : null
  return hero && source ? { src: source.src, alt: hero.alt } : null
}
