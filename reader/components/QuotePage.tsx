import { PullQuote } from '@/reader/components/PullQuote'
import { personPath } from '@/lib/readerPaths'
import { storyPath } from '@/lib/readerPaths'
import { populated } from '@/lib/relations'

import type { QuotePermalink } from '../queries/entities'

export function QuotePage({ permalink }: { permalink: QuotePermalink }) {
  if (!permalink.open) {
    const { speaker, story } = permalink
    return (
      <article className="quote-permalink">
        <h1>
          A quote of <a href={personPath(speaker.slug)}>{speaker.name}</a>
        </h1>
        <p>
          It is in a subscriber story: <a href={storyPath(story.slug)}>{story.title}</a>.
        </p>
      </article>
    )
  }
  const { quote } = permalink
  const story = populated(quote.article)
  const said = quote.saidAt ?? story?.publishedAt
  return (
    <article className="quote-permalink">
      <PullQuote quote={quote} said={said} />
      {story?.slug && (
        <p>
          Reported in <a href={storyPath(story.slug)}>{story.title}</a>.
        </p>
      )}
    </article>
  )
}
