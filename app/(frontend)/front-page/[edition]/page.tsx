import { notFound } from 'next/navigation'

import { StoryCard } from '@/components/StoryCard'
import { listFrontPageStories } from '@/content/queries'
import { FRONT_PAGE_EDITION } from '@/delivery/internalPaths'

/**
 * The home page, rendered once and cached; proxy.ts serves it at `/`. It sits
 * behind a route parameter so that it renders on first request rather than at
 * build time: the build never needs a database. A publish purges it.
 */
export const dynamic = 'force-static'
export const revalidate = 3600

export function generateStaticParams(): { edition: string }[] {
  return []
}

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== FRONT_PAGE_EDITION) notFound()
  const [lead, ...rest] = await listFrontPageStories(13)
  if (!lead) {
    return (
      <section className="empty-state">
        <h1>No stories yet</h1>
        <p>Published stories will appear here.</p>
      </section>
    )
  }
  return (
    <>
      <h1 className="visually-hidden">Latest stories</h1>
      <StoryCard story={lead} lead headingLevel={2} />
      <section aria-label="More stories" className="story-grid">
        {rest.map((story) => (
          <StoryCard key={story.id} story={story} headingLevel={2} />
        ))}
      </section>
    </>
  )
}
