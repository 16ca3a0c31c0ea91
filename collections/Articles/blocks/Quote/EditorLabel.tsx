import type { PayloadRequest } from 'payload'

import { populated, relationId, type Relation } from '@/lib/relations'

/**
 * The words and their speaker instead of the block's name, so a paragraph with an inline quote
 * still reads in the editor. Read with the journalist's own access.
 */
type LabelProps = { siblingData?: { quote?: Relation }; req: PayloadRequest }

const SHOWN_WORDS = 90

export async function QuoteEditorLabel({ siblingData, req }: LabelProps) {
  const id = relationId(siblingData?.quote)
  const quote = id
    ? await req.payload
        .findByID({ collection: 'quotes', id, depth: 1, overrideAccess: false, req, select: { text: true, speaker: true } })
        .catch(() => null)
    : null
  if (!quote) return <span className="quote-editor-label">Quote: choose it on record, or create it</span>
  const words = quote.text.length > SHOWN_WORDS ? `${quote.text.slice(0, SHOWN_WORDS - 1)}…` : quote.text
  const speaker = populated(quote.speaker)
  return (
    <span className="quote-editor-label" title={quote.text}>
      {words}
      {speaker && <span className="quote-editor-label__speaker"> — {speaker.name}</span>}
    </span>
  )
}
