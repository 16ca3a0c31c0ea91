'use client'

import { useEffect, useState } from 'react'

import type { Proposal, ProposedQuote } from '../importer'

/**
 * The Import story view's form: paste a story, review what the importer proposes (the
 * quotes and their speakers, the people, the countries), keep, edit or drop each, and
 * make a draft. Nothing is published; the journalist lands on the draft to finish it.
 */
type Section = { id: string | number; name: string }
type QuoteChoice = ProposedQuote & { keep: boolean }
type Review = {
  proposal: Proposal
  headline: string
  dek: string
  section: string
  quotes: QuoteChoice[]
  keepPerson: boolean[]
  keepCountry: boolean[]
}

const API = '/api/import-story'

async function post(path: string, body: unknown): Promise<{ ok: boolean; json: Record<string, unknown> }> {
  const response = await fetch(`${API}${path}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const json = (await response.json().catch(() => ({ error: `The server answered ${response.status}.` }))) as Record<string, unknown>
  return { ok: response.ok, json }
}

export function ImportStoryForm({ sections }: { sections: Section[] }) {
  const [text, setText] = useState('')
  const [review, setReview] = useState<Review | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState<{ href: string; skipped: string[] } | null>(null)
  // Text typed before the page's script runs would be lost to it: the box opens when it is ready.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  async function propose() {
    setBusy(true)
    setError(null)
    const { ok, json } = await post('/proposal', { text })
    setBusy(false)
    if (!ok) return setError(String(json.error))
    const proposal = json.proposal as Proposal
    setReview({
      proposal,
      headline: proposal.headline,
      dek: '',
      // Chosen by the journalist: a default would file stories under whatever sorts first.
      section: '',
      quotes: proposal.quotes.map((quote) => ({ ...quote, keep: quote.speaker !== null })),
      keepPerson: proposal.people.map(() => true),
      keepCountry: proposal.countries.map(() => true),
    })
  }

  async function createDraft(current: Review) {
    setBusy(true)
    setError(null)
    const people = current.proposal.people.filter((_, index) => current.keepPerson[index])
    const { ok, json } = await post('/draft', {
      headline: current.headline,
      dek: current.dek,
      section: current.section === '' ? null : /^\d+$/.test(current.section) ? Number(current.section) : current.section,
      paragraphs: current.proposal.paragraphs,
      quotes: current.quotes
        .filter((quote) => quote.keep)
        .map(({ text: words, speaker, speakerRole, relayedBy, paragraph }) => ({ text: words, speaker, speakerRole, relayedBy, paragraph })),
      people,
      countries: current.proposal.countries.filter((_, index) => current.keepCountry[index]),
    })
    setBusy(false)
    if (!ok) return setError(String(json.error))
    const draft = { href: `/admin/collections/articles/${encodeURIComponent(String(json.id))}`, skipped: (json.skipped ?? []) as string[] }
    // What could not be made is said before the journalist moves on; otherwise straight to the draft.
    if (draft.skipped.length > 0) return setMade(draft)
    window.location.assign(draft.href)
  }

  if (made) {
    return (
      <div className="import-story" role="status">
        <p>The draft is made. Not everything kept could be:</p>
        <ul>
          {made.skipped.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <a className="btn btn--style-primary btn--size-medium" href={made.href}>
          Open the draft
        </a>
      </div>
    )
  }

  if (!review) {
    return (
      <div className="import-story">
        <label htmlFor="import-text">Paste the story: wire copy, an email, a page copied from a website.</label>
        <textarea id="import-text" rows={18} value={text} readOnly={!ready} onChange={(event) => setText(event.target.value)} />
        {error && (
          <p className="import-story__error" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={propose}>
          {busy ? 'Reading…' : 'Read the story'}
        </button>
      </div>
    )
  }

  const update = (change: Partial<Review>) => setReview({ ...review, ...change })
  const keptPeople = review.proposal.people.filter((_, index) => review.keepPerson[index]).map((person) => person.name)
  const { proposal } = review
  return (
    <div className="import-story">
      <p>
        {proposal.paragraphs.length} paragraphs read.
        {proposal.photoCredits.length > 0 &&
          ` The page had ${proposal.photoCredits.length} photo(s), credited “${[...new Set(proposal.photoCredits)].join('”, “')}”: upload them to the draft.`}
      </p>
      <label htmlFor="import-headline">Headline</label>
      <input id="import-headline" value={review.headline} onChange={(event) => update({ headline: event.target.value })} />
      <label htmlFor="import-dek">Standfirst (one or two sentences under the headline)</label>
      <textarea id="import-dek" rows={2} value={review.dek} onChange={(event) => update({ dek: event.target.value })} />
      <label htmlFor="import-section">Section</label>
      <select id="import-section" value={review.section} onChange={(event) => update({ section: event.target.value })}>
        <option value="">— choose a section —</option>
        {sections.map((section) => (
          <option key={section.id} value={String(section.id)}>
            {section.name}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>Quotes ({review.quotes.filter((quote) => quote.keep).length} kept)</legend>
        {review.quotes.map((quote, index) => {
          const change = (patch: Partial<QuoteChoice>) => update({ quotes: review.quotes.map((other, at) => (at === index ? { ...other, ...patch } : other)) })
          return (
            <div className="import-story__quote" key={`${quote.paragraph}-${index}`} data-testid="import-quote">
              <label>
                <input type="checkbox" checked={quote.keep} onChange={(event) => change({ keep: event.target.checked })} /> Keep
              </label>
              <blockquote>“{quote.text}”</blockquote>
              {quote.note && <p className="import-story__note">{quote.note}</p>}
              <label>
                Speaker{' '}
                <select value={quote.speaker ?? ''} onChange={(event) => change({ speaker: event.target.value || null, keep: Boolean(event.target.value) && quote.keep })}>
                  <option value="">— nobody named —</option>
                  {keptPeople.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Role at the time <input value={quote.speakerRole ?? ''} onChange={(event) => change({ speakerRole: event.target.value || null })} />
              </label>
              <label>
                Relayed by <input value={quote.relayedBy ?? ''} onChange={(event) => change({ relayedBy: event.target.value || null })} />
              </label>
            </div>
          )
        })}
      </fieldset>

      <KeepList
        legend="People"
        testId="import-person"
        items={proposal.people.map((person) => ({
          key: person.name,
          label: [
            person.name,
            person.aliases.length > 0 ? ` (also ${person.aliases.join(', ')})` : '',
            person.role ? `, ${person.role}` : '',
            person.country ? ` · ${person.country}` : '',
            ` — ${person.existing ? 'on record' : 'new'}`,
          ].join(''),
        }))}
        kept={review.keepPerson}
        onChange={(keepPerson) => update({ keepPerson })}
      />
      <KeepList
        legend="Countries"
        testId="import-country"
        items={proposal.countries.map((country) => ({ key: country.iso, label: `${country.name} (${country.iso})` }))}
        kept={review.keepCountry}
        onChange={(keepCountry) => update({ keepCountry })}
      />

      {error && (
        <p className="import-story__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={() => createDraft(review)}>
        {busy ? 'Making the draft…' : 'Create the draft'}
      </button>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={() => setReview(null)}>
        Start again
      </button>
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
