// Plain data, no classes: `npm run import:story -- file.txt --dry-run` prints a `Proposal` as JSON.

export type KnownPerson = {
  name: string
  aliases: string[]
  role?: string | null
  // ISO 3166-1 alpha-2
  country?: string | null
}

// Spellings and demonyms the editors keep on the country, beside the dataset's.
export type KnownCountry = { name: string; iso: string; otherNames?: string[]; demonyms?: string[] }

export type KnownEntities = { people: KnownPerson[]; countries: KnownCountry[] }

export type ProposedQuote = {
  // See `quoteText` in quotes.ts for the punctuation.
  text: string
  // Null when nobody can be named.
  speaker: string | null
  // At the time, e.g. "Argentine lawmaker".
  speakerRole: string | null
  // "as reported by HispanTV" → "HispanTV".
  relayedBy: string | null
  paragraph: number
  // Why no speaker could be named, say.
  note: string | null
}

export type ProposedPerson = {
  name: string
  aliases: string[]
  role: string | null
  country: string | null
  // And then `name` is that record's name.
  existing: boolean
}

export type ProposedCountry = { name: string; iso: string }

export type Proposal = {
  headline: string
  // Typographic quotes kept.
  paragraphs: string[]
  // A credit repeated on the next line is a second photo.
  photoCredits: string[]
  // `paragraphs.length` when there were none.
  imageSlot: number
  quotes: ProposedQuote[]
  people: ProposedPerson[]
  countries: ProposedCountry[]
}

export type ImportResult = { ok: true; proposal: Proposal } | { ok: false; error: string }
