import { QuoteAttribution } from '@/collections/Articles/blocks/Quote/Attribution'
import type { Quote } from '@/payload-types'

/** Who said what in the story, with the speaker's role at the time and country. */
export function StoryQuotes({ quotes }: { quotes: Quote[] }) {
  if (quotes.length === 0) return null
  return (
    <section className="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quoted in this story</h2>
      <ul>
        {quotes.map((quote) => (
          <li key={quote.id}>
            <blockquote>
              <p>“{quote.text}”</p>
            </blockquote>
            <p className="quote-attribution">
              <QuoteAttribution quote={quote} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
