import type { Proposal, ProposedPerson, ProposedQuote } from '../importer'

/**
 * The Import story form's review step: the importer's proposal as the journalist keeps, edits or
 * drops each part of it, and the draft request made from what they kept.
 */
export type Section = { id: string | number; name: string }
type QuoteChoice = ProposedQuote & { keep: boolean }
export type Review = {
  proposal: Proposal
  headline: string
  dek: string
  section: string
  quotes: QuoteChoice[]
  keepPerson: boolean[]
  keepCountry: boolean[]
}

/** The review a fresh proposal opens with: everything kept but the quotes nobody could be named for. */
export function startReview(proposal: Proposal): Review {
  return {
    proposal,
    headline: proposal.headline,
    dek: '',
    // Chosen by the journalist: a default would file stories under whatever sorts first.
    section: '',
    quotes: proposal.quotes.map((quote) => ({ ...quote, keep: quote.speaker !== null })),
    keepPerson: proposal.people.map(() => true),
    keepCountry: proposal.countries.map(() => true),
  }
}

/** The body of the draft request: only what the journalist kept, as they edited it. */
export function draftRequest(review: Review) {
  const people = review.proposal.people.filter((_, index) => review.keepPerson[index])
  return {
    headline: review.headline,
    dek: review.dek,
    section: review.section === '' ? null : /^\d+$/.test(review.section) ? Number(review.section) : review.section,
    paragraphs: review.proposal.paragraphs,
    quotes: review.quotes
      .filter((quote) => quote.keep)
      .map(({ text: words, speaker, speakerRole, relayedBy, paragraph }) => ({ text: words, speaker, speakerRole, relayedBy, paragraph })),
    people,
    countries: review.proposal.countries.filter((_, index) => review.keepCountry[index]),
  }
}

/** The proposal under review: its story fields, quotes, people and countries, each editable. */
export function ProposalReview({ review, sections, onChange }: { review: Review; sections: Section[]; onChange: (change: Partial<Review>) => void }) {
  const keptPeople = review.proposal.people.filter((_, index) => review.keepPerson[index]).map((person) => person.name)
  const { proposal } = review
  return (
    <>
      <p>
        {proposal.paragraphs.length} paragraphs read.
        {proposal.photoCredits.length > 0 &&
          ` The page had ${proposal.photoCredits.length} photo(s), credited “${[...new Set(proposal.photoCredits)].join('”, “')}”: upload them to the draft.`}
      </p>
      <label htmlFor="import-headline">Headline</label>
      <input id="import-headline" value={review.headline} onChange={(event) => onChange({ headline: event.target.value })} />
      <label htmlFor="import-dek">Standfirst (one or two sentences under the headline)</label>
      <textarea id="import-dek" rows={2} value={review.dek} onChange={(event) => onChange({ dek: event.target.value })} />
      <label htmlFor="import-section">Section</label>
      <select id="import-section" value={review.section} onChange={(event) => onChange({ section: event.target.value })}>
        <option value="">— choose a section —</option>
        {sections.map((section) => (
          <option key={section.id} value={String(section.id)}>
            {section.name}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>Quotes ({review.quotes.filter((quote) => quote.keep).length} kept)</legend>
        {review.quotes.map((quote, index) => (
          <QuoteReview
            key={`${quote.paragraph}-${index}`}
            quote={quote}
            speakers={keptPeople}
            onChange={(patch) => onChange({ quotes: review.quotes.map((other, at) => (at === index ? { ...other, ...patch } : other)) })}
          />
        ))}
      </fieldset>

      <KeepList
        legend="People"
        testId="import-person"
        items={proposal.people.map((person) => ({ key: person.name, label: personLabel(person) }))}
        kept={review.keepPerson}
        onChange={(keepPerson) => onChange({ keepPerson })}
      />
      <KeepList
        legend="Countries"
        testId="import-country"
        items={proposal.countries.map((country) => ({ key: country.iso, label: `${country.name} (${country.iso})` }))}
        kept={review.keepCountry}
        onChange={(keepCountry) => onChange({ keepCountry })}
      />
    </>
  )
}

/** A proposed person in one line, so the journalist can tell a new record from one on file. */
function personLabel(person: ProposedPerson): string {
  return [
    person.name,
    person.aliases.length > 0 ? ` (also ${person.aliases.join(', ')})` : '',
    person.role ? `, ${person.role}` : '',
    person.country ? ` · ${person.country}` : '',
    ` — ${person.existing ? 'on record' : 'new'}`,
  ].join('')
}

/** One proposed quote: kept or not, its speaker among the people kept, their role, who relayed it. */
function QuoteReview({ quote, speakers, onChange }: { quote: QuoteChoice; speakers: string[]; onChange: (patch: Partial<QuoteChoice>) => void }) {
  return (
    <div className="import-story__quote" data-testid="import-quote">
      <label>
        <input type="checkbox" checked={quote.keep} onChange={(event) => onChange({ keep: event.target.checked })} /> Keep
      </label>
      <blockquote>“{quote.text}”</blockquote>
      {quote.note && <p className="import-story__note">{quote.note}</p>}
      <label>
        Speaker{' '}
        <select value={quote.speaker ?? ''} onChange={(event) => onChange({ speaker: event.target.value || null, keep: Boolean(event.target.value) && quote.keep })}>
          <option value="">— nobody named —</option>
          {speakers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Role at the time <input value={quote.speakerRole ?? ''} onChange={(event) => onChange({ speakerRole: event.target.value || null })} />
      </label>
      <label>
        Relayed by <input value={quote.relayedBy ?? ''} onChange={(event) => onChange({ relayedBy: event.target.value || null })} />
      </label>
    </div>
  )
}

/** The proposed people or countries, each kept or dropped with its checkbox. */
function KeepList({
  legend,
  testId,
  items,
  kept,
  onChange,
}: {
  legend: string
  testId: string
  items: { key: string; label: string }[]
  kept: boolean[]
  onChange: (kept: boolean[]) => void
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <label key={item.key} className="import-story__choice" data-testid={testId}>
          <input type="checkbox" checked={kept[index]} onChange={(event) => onChange(kept.map((keep, at) => (at === index ? event.target.checked : keep)))} />{' '}
          {item.label}
        </label>
      ))}
    </fieldset>
  )
}
