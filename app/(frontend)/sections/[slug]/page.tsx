import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isWellFormedSlug } from '@/lib/slugify'
import { getSiteSettings } from '@/reader/queries/settings'
import { findSection, listLatestStories } from '@/reader/queries/stories'
import { shareMetadata } from '@/reader/shareMetadata'
import { StoryCard } from '@/reader/components/StoryCard'
import { sectionPath } from '@/lib/readerPaths'

// Per request, for the layer to keep (delivery/sharedPages.ts): Next's copy carries one nonce.
export const dynamic = 'force-dynamic'

const SECTION_PAGE_SIZE = 24

type Params = { params: Promise<{ slug: string }> }

const sectionOfParams = async ({ params }: Params) => {
  const { slug } = await params
  return isWellFormedSlug(slug) ? findSection(slug) : null
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const section = await sectionOfParams(props)
  if (!section) return {}
  const { siteName } = await getSiteSettings()
  return shareMetadata({ title: section.name, description: section.description || `The latest ${section.name} stories.`, path: sectionPath(section.slug), siteName })
}

export default async function SectionPage(props: Params) {
  const section = await sectionOfParams(props)
  if (!section) notFound()
  const stories = await listLatestStories(SECTION_PAGE_SIZE, { sectionId: section.id })
  return (
    <section aria-labelledby="section-heading">
      <h1 id="section-heading" className="section-title">
        {section.name}
      </h1>
      {section.description && <p className="dek">{section.description}</p>}
      {stories.length === 0 ? (
        <p>No stories in this section yet.</p>
      ) : (
        <div className="story-grid">
          {stories.map((story) => (
            <StoryCard key={story.id} story={story} headingLevel={2} />
          ))}
        </div>
      )}
    </section>
  )
}
