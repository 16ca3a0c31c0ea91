import Link from 'next/link'

import { populated } from '@/content/ids'
import type { StoryCard as StoryCardData } from '@/content/queries'

import { mediaSource } from './MediaFigure'

/**
 * A story teaser. Links never prefetch: a prefetch would ask the paywall for the
 * story before the reader chose to read it.
 */
export function StoryCard({ story, headingLevel = 3 }: { story: StoryCardData; headingLevel?: 2 | 3 }) {
  const media = populated(story.heroImage)
  const image = media ? mediaSource(media, 'card') : null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      {image && media && <img className="card-image" src={image.src} width={image.width} height={image.height} alt={media.alt} loading="lazy" />}
      <p className="kicker">{story.section}</p>
      <Heading className="card-title">
        <Link href={`/articles/${story.slug}`} prefetch={false}>
          {story.title}
        </Link>
      </Heading>
      <p className="card-dek">{story.dek}</p>
    </article>
  )
}
