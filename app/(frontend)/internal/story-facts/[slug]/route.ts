import type { StoryFacts } from '@/delivery/storyFacts'
import { isWellFormedSlug } from '@/lib/slugify'
import { meterSettingsOf } from '@/paywall/settings'
import { getPaywallSettings } from '@/reader/queries/settings'
import { findRedirectTarget, findStoryFacts } from '@/reader/queries/stories'

// The proxy keeps the one copy (delivery/storyFacts.ts).
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const wellFormed = isWellFormedSlug(slug)
  const [story, settings] = await Promise.all([wellFormed ? findStoryFacts(slug) : null, getPaywallSettings()])
  const redirectTo = story || !wellFormed ? null : await findRedirectTarget(slug)
  const facts: StoryFacts = { story, redirectTo, settings: meterSettingsOf(settings) }
  return Response.json(facts)
}
