import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { storyPath } from '@/lib/readerPaths'
import { parseVariantSegment } from '@/paywall/variants'
import { populated } from '@/lib/relations'
import { heroImageOf, mediaSource } from '@/reader/media'
import { kickerOf } from '@/reader/sections'
import { findAuthors } from '@/reader/queries/authors'
import { getPaywallSettings, getSiteIdentity, getSiteSettings } from '@/reader/queries/settings'
import { findQuotesOfStory, findStoryBySlug, listRailStories } from '@/reader/queries/stories'
import { shareMetadata } from '@/reader/shareMetadata'
import { SHARE_CARD } from '@/reader/components/ShareCard'
import { StoryPage } from '@/reader/components/StoryPage'

/**
 * One rendering per variant, kept by the proxy and dropped on publish. No cache of Next's in
 * between, so a page loaded once a change is saved shows it (delivery/contentGeneration.ts).
 */
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string; variant: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params
  const story = await findStoryBySlug(slug)
  if (!story) return {}
  const hero = heroImageOf(story)
  const shareImage = populated(story.meta?.image)
  const shareSource = shareImage ? mediaSource(shareImage, 'hero') : null
  const { siteName } = await getSiteSettings()
  const tags = [...(story.people ?? []), ...(story.countries ?? [])].flatMap((tag) => (typeof tag === 'object' && tag ? [tag.name] : []))
  return shareMetadata({
    title: story.meta?.title || story.title,
    // Never the body: metadata is readable by everyone.
    description: story.meta?.description || story.dek,
    path: storyPath(story.slug),
    siteName,
    article: { publishedTime: story.publishedAt ?? undefined, modifiedTime: story.updatedAt, section: kickerOf(story), tags },
    images: [
      shareImage && shareSource
        ? { url: shareSource.src, alt: shareImage.alt, width: shareSource.width, height: shareSource.height }
        : { url: `${storyPath(story.slug)}/share-card`, alt: story.title, ...SHARE_CARD.size },
      ...(hero ? [{ url: hero.src, alt: hero.alt }] : []),
    ],
  })
}

export default async function StoryVariantPage({ params }: Params) {
  const { slug, variant: segment } = await params
  const variant = parseVariantSegment(segment)
  if (!variant) notFound()
  const story = await findStoryBySlug(slug)
  if (!story) notFound()

  const [quotes, rail, paywall, site, authors] = await Promise.all([
    // Quotes are the story's own words, often from the withheld part.
    variant.kind === 'gated' ? [] : findQuotesOfStory(story.id),
    listRailStories(story),
    getPaywallSettings(),
    getSiteIdentity(),
    findAuthors(story),
  ])
  return <StoryPage story={story} quotes={quotes} rail={rail} variant={variant} paywall={paywall} site={site} authors={authors} />
}
