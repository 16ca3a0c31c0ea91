import { StoryCard } from '@/components/StoryCard'
import { MediaFigure } from '@/components/MediaFigure'
import { populated } from '@/content/ids'
import { listLatestStories } from '@/content/queries'
import Link from 'next/link'

/**
 * Rendered per request so that a story appears the moment it is published and
 * so the build never needs a database. Story pages, the hot path, are cached.
 */
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const [lead, ...rest] = await listLatestStories(13)
  if (!lead) {
    return (
      <section className="empty-state">
        <h1>No stories yet</h1>
        <p>Published stories will appear here.</p>
      </section>
    )
  }
  const leadImage = populated(lead.heroImage)
  return (
    <>
      <h1 className="visually-hidden">Latest stories</h1>
      <article className="lead-story">
        {leadImage && <MediaFigure media={leadImage} size="hero" className="figure lead-figure" />}
        <div>
          <p className="kicker">{lead.section}</p>
          <h2 className="lead-title">
            <Link href={`/articles/${lead.slug}`} prefetch={false}>
              {lead.title}
            </Link>
          </h2>
          <p className="dek">{lead.dek}</p>
        </div>
      </article>
      <section aria-label="More stories" className="story-grid">
        {rest.map((story) => (
          <StoryCard key={story.id} story={story} headingLevel={2} />
        ))}
      </section>
    </>
  )
}
