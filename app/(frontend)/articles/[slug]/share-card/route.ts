import { isWellFormedSlug } from '@/lib/slugify'
import { getSiteSettings } from '@/reader/queries/settings'
import { findStoryCard } from '@/reader/queries/stories'
import { kickerOf } from '@/reader/sections'
import { shareCard } from '@/reader/components/ShareCard'

// A route, not an opengraph-image file: the internal variant page makes the metadata naming it.
export const revalidate = 3600

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  const [story, { siteName }] = await Promise.all([isWellFormedSlug(slug) ? findStoryCard('slug', slug) : null, getSiteSettings()])
  if (!story) return new Response('No such story.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return shareCard({ label: [siteName, kickerOf(story)].filter(Boolean).join(' · '), text: story.title, footer: story.dek })
}
