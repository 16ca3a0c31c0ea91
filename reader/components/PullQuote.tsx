import { formatDate } from '@/lib/dates'
import { populated } from '@/lib/relations'
import type { Quote } from '@/payload-types'

import { QuoteAttribution } from './QuoteAttribution'

export function PullQuote({ quote, said }: { quote: Quote | string | number | null | undefined; said?: string | null }) {
  const record = populated(quote)
  if (!record) return null
  return (
    <figure className="pull-quote">
      <blockquote>
        <p>“{record.text}”</p>
      </blockquote>
      <figcaption>
        <QuoteAttribution quote={record} />
        {said && <>, {formatDate(said)}</>}
      </figcaption>
    </figure>
  )
}
