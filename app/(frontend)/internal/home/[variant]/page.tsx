import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { personPath } from '@/lib/readerPaths'
import { HOME_VARIANT } from '@/delivery/variantPages'
import { NameList } from '@/reader/components/NameList'
import { listPeopleInTheNews } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { listFrontPageStories } from '@/reader/queries/stories'
import { shareMetadata } from '@/reader/shareMetadata'
import { StoryCard } from '@/reader/components/StoryCard'

// No cache of Next's in between (delivery/contentGeneration.ts); the build never needs a database.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, tagline } = await getSiteSettings()
  return { ...shareMetadata({ title: siteName, description: tagline ?? siteName, path: '/', siteName }), title: { absolute: siteName } }
}

export default async function HomePage({ params }: { params: Promise<{ variant: string }> }) {
  if ((await params).variant !== HOME_VARIANT) notFound()
  const [[lead, ...rest], people] = await Promise.all([listFrontPageStories(13), listPeopleInTheNews()])
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
      {people.length > 0 && (
        <section aria-labelledby="people-in-the-news" className="people-strip">
          <h2 id="people-in-the-news" className="tags-heading">
            People in the news
          </h2>
          <NameList className="tag-list" itemClassName="tag" items={people.map((person) => ({ id: person.id, href: personPath(person.slug), name: person.name }))} />
        </section>
      )}
      <section aria-label="More stories" className="story-grid">
        {rest.map((story) => (
          <StoryCard key={story.id} story={story} headingLevel={2} />
        ))}
      </section>
    </>
  )
}
