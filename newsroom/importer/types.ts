/**
 * The importer's contract, as plain data: what a journalist hands in (the pasted text and the
 * people and countries the newsroom already has) and the proposal they review before anything is
 * saved. `npm run import:story -- file.txt --dry-run` prints a `Proposal` as JSON, so nothing here
 * is a class or a function.
 */

export type KnownPerson = {
  name: string
  aliases: string[]
  role?: string | null
  /** ISO 3166-1 alpha-2 */
  country?: string | null
}

export type KnownCountry = { name: string; iso: string }

export type KnownEntities = { people: KnownPerson[]; countries: KnownCountry[] }

export type ProposedQuote = {
  /** The words as quoted, without the quotation marks (see `quoteText` in quotes.ts for the punctuation). */
  text: string
  /** Canonical name of a person in `Proposal.people`, or null when nobody can be named. */
  speaker: string | null
  /** The role the text gives them at the time, e.g. "Argentine lawmaker". */
  speakerRole: string | null
  /** The outlet the words came through: "as reported by HispanTV" → "HispanTV". */
  relayedBy: string | null
  /** Index into `Proposal.paragraphs`. */
  paragraph: number
  /** What the journalist should check, e.g. why no speaker could be named. */
  note: string | null
}

export type ProposedPerson = {
  name: string
  aliases: string[]
  role: string | null
  country: string | null
  /** True when the person matched one of `KnownEntities.people` (and `name` is that record's name). */
  existing: boolean
}

export type ProposedCountry = { name: string; iso: string }

export type Proposal = {
  headline: string
  /** Verbatim body paragraphs (typographic quotes kept), page chrome removed. */
  paragraphs: string[]
  /** One credit line per photo, in page order; a credit repeated on the next line is a second photo. */
  photoCredits: string[]
  /** Index in `paragraphs` before which the photos stood (`paragraphs.length` when there were none). */
  imageSlot: number
  quotes: ProposedQuote[]
  people: ProposedPerson[]
  countries: ProposedCountry[]
}

export type ImportResult = { ok: true; proposal: Proposal } | { ok: false; error: string }
