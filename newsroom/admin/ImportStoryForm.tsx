'use client'

import { useEffect, useState } from 'react'

import type { Proposal } from '../importer'

import { draftRequest, ProposalReview, startReview, type Review, type Section } from './ProposalReview'

/**
 * The Import story view's form: paste a story, review what the importer proposes (the
 * quotes and their speakers, the people, the countries), keep, edit or drop each, and
 * make a draft. Nothing is published; the journalist lands on the draft to finish it.
 */
type MadeDraft = { href: string; skipped: string[] }

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
  const [made, setMade] = useState<MadeDraft | null>(null)
  // Text typed before the page's script runs would be lost to it: the box opens when it is ready.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  async function propose() {
    setBusy(true)
    setError(null)
    const { ok, json } = await post('/proposal', { text })
    setBusy(false)
    if (!ok) return setError(String(json.error))
    setReview(startReview(json.proposal as Proposal))
  }

  async function createDraft(current: Review) {
    setBusy(true)
    setError(null)
    const { ok, json } = await post('/draft', draftRequest(current))
    setBusy(false)
    if (!ok) return setError(String(json.error))
    const draft = { href: `/admin/collections/articles/${encodeURIComponent(String(json.id))}`, skipped: (json.skipped ?? []) as string[] }
    // What could not be made is said before the journalist moves on; otherwise straight to the draft.
    if (draft.skipped.length > 0) return setMade(draft)
    window.location.assign(draft.href)
  }

  if (made) return <DraftMadeWithGaps made={made} />
  if (!review) return <PasteStory text={text} ready={ready} busy={busy} error={error} onChange={setText} onRead={propose} />

  return (
    <div className="import-story">
      <ProposalReview review={review} sections={sections} onChange={(change) => setReview({ ...review, ...change })} />

      <ImportError error={error} />
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={() => createDraft(review)}>
        {busy ? 'Making the draft…' : 'Create the draft'}
      </button>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={() => setReview(null)}>
        Start again
      </button>
    </div>
  )
}

/** The first step: the box the story is pasted into, and the button that has it read. */
function PasteStory({
  text,
  ready,
  busy,
  error,
  onChange,
  onRead,
}: {
  text: string
  ready: boolean
  busy: boolean
  error: string | null
  onChange: (text: string) => void
  onRead: () => void
}) {
  return (
    <div className="import-story">
      <label htmlFor="import-text">Paste the story: wire copy, an email, a page copied from a website.</label>
      <textarea id="import-text" rows={18} value={text} readOnly={!ready} onChange={(event) => onChange(event.target.value)} />
      <ImportError error={error} />
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={onRead}>
        {busy ? 'Reading…' : 'Read the story'}
      </button>
    </div>
  )
}

/** A made draft that lacks some of what was kept: the journalist reads why before opening it. */
function DraftMadeWithGaps({ made }: { made: MadeDraft }) {
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

/** Why the last request failed, where the journalist will see it, or nothing. */
function ImportError({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <p className="import-story__error" role="alert">
      {error}
    </p>
  )
}
