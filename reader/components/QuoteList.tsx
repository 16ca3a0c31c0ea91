import type { ReactNode } from 'react'

import { QuoteAttribution } from '@/reader/components/QuoteAttribution'
import { quotePath } from '@/lib/readerPaths'
import { storyPath } from '@/lib/readerPaths'
import { formatDate } from '@/lib/dates'
import { populated } from '@/lib/relations'
import type { Quote } from '@/payload-types'

// Away from the story (`withStory`), also when it was said and the story that reports it.
const OPENING_WORDS = 8

// "link" said nothing to a screen reader's list of links; the speaker and opening words say which quote.
function QuotePermalink({ quote }: { quote: Quote }) {
  const words = quote.text.split(/\s+/)
  const opening = words.slice(0, OPENING_WORDS).join(' ') + (words.length > OPENING_WORDS ? '…' : '')
  const speaker = populated(quote.speaker)?.name
  return (
    <a href={quotePath(quote.id)} aria-label={`Permalink to the quote${speaker ? ` by ${speaker}` : ''}: “${opening}”`}>
      Permalink
    </a>
  )
}

export function QuoteList({
  quotes,
  heading,
  headingId,
  withStory,
  renderText = (text) => text,
}: {
  quotes: Quote[]
  // Without one, the list stands under its caller's heading.
  heading?: string
  headingId?: string
  withStory: boolean
  renderText?: (text: string) => ReactNode
}) {
  if (quotes.length === 0) return null
  const list = (
    <ul>
      {quotes.map((quote) => {
        const story = withStory ? populated(quote.article) : null
        const said = quote.saidAt ?? story?.publishedAt
        return (
          <li key={quote.id}>
            <blockquote>
              <p>“{renderText(quote.text)}”</p>
            </blockquote>
            <p className="quote-attribution">
              <QuoteAttribution quote={quote} />
              {withStory && said && <>, {formatDate(said)}</>} · <QuotePermalink quote={quote} />
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
  )
  return heading ? (
    <section className="quotes" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {list}
    </section>
  ) : (
    <div className="quotes">{list}</div>
  )
}
