import { findStoryFacts, getPaywallSettings } from '@/content/queries'
import { isWellFormedSlug } from '@/lib/slugify'
import type { StoryFacts } from '@/paywall/storyFacts'

// Cached like a page and purged with the reader pages on publish (lib/revalidate.ts).
export const dynamic = 'force-static'
export const revalidate = 300

export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [story, settings] = await Promise.all([
    isWellFormedSlug(slug) ? findStoryFacts(slug) : null,
    getPaywallSettings(),
  ])
  const facts: StoryFacts = {
    story,
    settings: {
      freeArticles: settings.freeArticles,
      registeredFreeArticles: settings.registeredFreeArticles,
      windowDays: settings.windowDays,
    },
  }
  return Response.json(facts)
}
