import { populated } from '@/lib/relations'
import type { Quote } from '@/payload-types'

// The words come from the quote on record, so a correction reaches the sentence.
export function InlineQuote({ quote }: { quote: Quote | string | number | null | undefined }) {
  const record = populated(quote)
  if (!record) return null
  return (
    <span className="quote-inline" data-quote={record.id}>
      {record.text}
    </span>
  )
}
