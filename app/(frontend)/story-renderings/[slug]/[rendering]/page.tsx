import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { StoryPage } from '@/components/StoryPage'
import { populated } from '@/content/ids'
import { findQuotesOfStory, findStoryBySlug, getPaywallSettings, getSiteIdentity, listRailStories } from '@/content/queries'
import { mediaSource } from '@/components/MediaFigure'
import { parseRendering } from '@/paywall/rendering'

/**
 * One cached rendering of a story per paywall variant. Readers reach it only
 * through the proxy (proxy.ts), which picks the variant; on publish every
 * rendering is purged (lib/revalidate.ts) and regenerated on its next request.
 */
export const dynamic = 'force-static'
export const revalidate = 3600

type Params = { params: Promise<{ slug: string; rendering: string }> }

export function generateStaticParams(): { slug: string; rendering: string }[] {
  return []
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params
  const story = await findStoryBySlug(slug)
  if (!story) return {}
  const hero = populated(story.heroImage)
  const image = hero ? mediaSource(hero, 'hero') : null
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
      section: story.section,
      images: image && hero ? [{ url: image.src, alt: hero.alt }] : undefined,
    },
  }
}

export default async function StoryRenderingPage({ params }: Params) {
  const { slug, rendering } = await params
  const access = parseRendering(rendering)
  if (!access) notFound()
  const story = await findStoryBySlug(slug)
  if (!story) notFound()

  const [quotes, rail, paywall, site] = await Promise.all([
    // The gated page shows no quotes: they are the story's own words, often from the withheld part.
    access.kind === 'preview' ? [] : findQuotesOfStory(story.id),
    listRailStories(story),
    getPaywallSettings(),
    getSiteIdentity(),
  ])
  return <StoryPage story={story} quotes={quotes} rail={rail} access={access} paywall={paywall} site={site} />
}
