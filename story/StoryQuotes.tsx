import { populated } from '@/lib/relations'
import type { Quote } from '@/payload-types'

/** Who said what in the story, with the speaker's role at the time and country. */
export function StoryQuotes({ quotes }: { quotes: Quote[] }) {
  if (quotes.length === 0) return null
  return (
    <section className="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quoted in this story</h2>
      <ul>
        {quotes.map((quote) => {
          const speaker = populated(quote.speaker)
          const country = populated(speaker?.country)
          return (
            <li key={quote.id}>
              <blockquote>
                <p>“{quote.text}”</p>
              </blockquote>
              <p className="quote-attribution">
                <span className="quote-speaker">{speaker?.name ?? 'Unknown speaker'}</span>
                {(quote.speakerRole || speaker?.role) && <>, {quote.speakerRole || speaker?.role}</>}
                {country && <> ({country.name})</>}
                {quote.relayedBy && <>, as reported by {quote.relayedBy}</>}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
