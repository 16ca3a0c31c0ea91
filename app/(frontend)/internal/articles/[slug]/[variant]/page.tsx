import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parseVariantSegment } from '@/paywall/variants'
import { heroImageOf } from '@/story/media'
import { kickerOf } from '@/story/sections'
import { findQuotesOfStory, findStoryBySlug, getPaywallSettings, getSiteIdentity, listRailStories } from '@/story/queries'
import { StoryPage } from '@/story/StoryPage'

/**
 * The story page, rendered and cached once per variant (full, metered-N, gated).
 * Readers reach it only through the proxy (delivery/proxy.ts), which picks the
 * variant; on publish every variant is purged (delivery/revalidate.ts) and rendered
 * again on its next request.
 */
export const dynamic = 'force-static'
export const revalidate = 3600

type Params = { params: Promise<{ slug: string; variant: string }> }

export function generateStaticParams(): { slug: string; variant: string }[] {
  return []
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params
  const story = await findStoryBySlug(slug)
  if (!story) return {}
  const hero = heroImageOf(story)
  return {
    title: story.title,
    // The standfirst, never the body: metadata is readable by everyone.
    description: story.dek,
    alternates: { canonical: `/articles/${story.slug}` },
    openGraph: {
      type: 'article',
      title: story.title,
      description: story.dek,
      url: `/articles/${story.slug}`,
      publishedTime: story.publishedAt ?? undefined,
      section: kickerOf(story),
      images: hero ? [{ url: hero.src, alt: hero.alt }] : undefined,
    },
  }
}

export default async function StoryVariantPage({ params }: Params) {
  const { slug, variant: segment } = await params
  const variant = parseVariantSegment(segment)
  if (!variant) notFound()
  const story = await findStoryBySlug(slug)
  if (!story) notFound()

  const [quotes, rail, paywall, site] = await Promise.all([
    // The gated page shows no quotes: they are the story's own words, often from the withheld part.
    variant.kind === 'gated' ? [] : findQuotesOfStory(story.id),
    listRailStories(story),
    getPaywallSettings(),
    getSiteIdentity(),
  ])
  return <StoryPage story={story} quotes={quotes} rail={rail} variant={variant} paywall={paywall} site={site} />
}
