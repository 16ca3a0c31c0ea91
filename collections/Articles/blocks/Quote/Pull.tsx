import { populated } from '@/lib/relations'
import type { Quote } from '@/payload-types'

import { QuoteAttribution } from './Attribution'

/** A quote set apart from the text: the words, then who said them, their role at the time and their country. */
export function PullQuote({ quote }: { quote: Quote | string | number | null | undefined }) {
  const record = populated(quote)
  if (!record) return null
  return (
    <figure className="pull-quote">
      <blockquote>
        <p>“{record.text}”</p>
      </blockquote>
      <figcaption>
        <QuoteAttribution quote={record} />
      </figcaption>
    </figure>
  )
}
