import { personPath } from '@/lib/readerPaths'
import { populated } from '@/lib/relations'
import type { Quote } from '@/payload-types'

export function QuoteAttribution({ quote }: { quote: Quote }) {
  const speaker = populated(quote.speaker)
  const country = populated(speaker?.country)
  const role = quote.speakerRole || speaker?.role
  return (
    <>
      <span className="quote-speaker">{speaker?.slug ? <a href={personPath(speaker.slug)}>{speaker.name}</a> : (speaker?.name ?? 'Unknown speaker')}</span>
      {role && <>, {role}</>}
      {country && <> ({country.name})</>}
      {quote.relayedBy && <>, as reported by {quote.relayedBy}</>}
    </>
  )
}
