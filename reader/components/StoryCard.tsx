import Link from 'next/link'
import type { ReactNode } from 'react'

import { formatDate } from '@/lib/dates'
import { populated } from '@/lib/relations'
import type { Media } from '@/payload-types'
import type { StorySummary } from '@/reader/queries/asReader'
import { storyPath } from '@/lib/readerPaths'

import { mediaSource } from '../media'
import { Kicker } from './Kicker'
import { MediaFigure } from './MediaFigure'

function CardImage({ media }: { media: Media }) {
  const image = mediaSource(media, 'card')
  if (!image) return null
  return <img className="card-image" src={image.src} width={image.width} height={image.height} alt={media.alt} loading="lazy" />
}

type StoryCardProps = {
  story: StorySummary
  lead?: boolean
  headingLevel?: 2 | 3
  renderText?: (text: string) => ReactNode
  children?: ReactNode
}

// Links never prefetch: a prefetch would ask the paywall for a story before the reader chose it.
export function StoryCard({ story, lead = false, headingLevel = 3, renderText = (text) => text, children }: StoryCardProps) {
  const media = populated(story.heroImage)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className={lead ? 'lead-story' : 'card'}>
      {media && (lead ? <MediaFigure media={media} size="hero" className="figure lead-figure" /> : <CardImage media={media} />)}
      <div>
        <Kicker story={story} />
        <Heading className={lead ? 'lead-title' : 'card-title'}>
          <Link href={storyPath(story.slug)} prefetch={false}>
            {renderText(story.title)}
          </Link>
        </Heading>
        <p className={lead ? 'dek' : 'card-dek'}>{renderText(story.dek)}</p>
        {story.publishedAt && (
          <p className="card-date">
            <time dateTime={story.publishedAt}>{formatDate(story.publishedAt)}</time>
          </p>
        )}
        {children}
      </div>
    </article>
  )
}
