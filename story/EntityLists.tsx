import { QuoteAttribution } from '@/collections/Articles/blocks/Quote/Attribution'
import { storyPath } from '@/collections/redirects'
import { formatDate } from '@/lib/dates'
import { populated } from '@/lib/relations'
import type { Quote } from '@/payload-types'

import type { StoryCard as StoryCardData } from './queries'
import { StoryCard } from './StoryCard'

/** Quotes on record, each with who said it (role at the time), when, and the story that reports it. */
export function EntityQuotes({ quotes, heading }: { quotes: Quote[]; heading: string }) {
  if (quotes.length === 0) return null
  return (
    <section className="quotes" aria-labelledby="entity-quotes-heading">
      <h2 id="entity-quotes-heading">{heading}</h2>
      <ul>
        {quotes.map((quote) => {
          const story = populated(quote.article)
          const said = quote.saidAt ?? story?.publishedAt
          return (
            <li key={quote.id}>
              <blockquote>
                <p>“{quote.text}”</p>
              </blockquote>
              <p className="quote-attribution">
                <QuoteAttribution quote={quote} />
                {said && <>, {formatDate(said)}</>}
                {story?.slug && (
                  <>
                    {' '}
                    — in <a href={storyPath(story.slug)}>{story.title}</a>
                  </>
                )}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** The published stories about a person or a country, newest first. */
export function EntityStories({ stories, empty }: { stories: StoryCardData[]; empty: string }) {
  return (
    <section aria-labelledby="entity-stories-heading">
      <h2 id="entity-stories-heading" className="tags-heading">
        Stories
      </h2>
      {stories.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="story-grid">
          {stories.map((story) => (
            <StoryCard key={story.id} story={story} />
          ))}
        </div>
      )}
    </section>
  )
}
