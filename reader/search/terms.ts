import { stemmer } from 'stemmer'

/**
 * An entry's texts are stored as stems between bars (`|bolivia|drone|rais|`), one line per field
 * (`headline|drone|bolivia|`), which the ranked index reads as words (rankedIndex.ts).
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
const SEPARATOR = '|'

// Nobody types longer queries, and each word is a clause.
export const MAX_QUERY_LENGTH = 200
export const MAX_QUERY_WORDS = 8

// As a query word they would match everything and mark every line.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his in is it its of on or she that the their they this to was were will with'.split(' '),
)

// Porter stems, without accents or a possessive 's.
export function stemOf(word: string): string {
  const plain = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
  return stemmer(plain)
}

export function indexTermsOf(...texts: (string | null | undefined)[]): string {
  const stems = new Set<string>()
  for (const text of texts) for (const match of (text ?? '').matchAll(WORD)) stems.add(stemOf(match[0]))
  return stems.size === 0 ? '' : `${SEPARATOR}${[...stems].join(SEPARATOR)}${SEPARATOR}`
}

// Weighted in this order by the ranked index (decision 008).
export const SEARCH_FIELDS = ['headline', 'names', 'standfirst', 'opening'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]
export type FieldTexts = Partial<Record<SearchField, (string | null | undefined)[]>>

// One line per field that has words: `headline|drone|bolivia|`.
export function fieldTermsOf(texts: FieldTexts): string {
  return SEARCH_FIELDS.flatMap((field) => {
    const terms = indexTermsOf(...(texts[field] ?? []))
    return terms === '' ? [] : [`${field}${terms}`]
  }).join('\n')
}

const FIELD_LINE = /^([a-z]+)(\|.*)$/u

// An entry written before fields were kept apart is one bare line: it counts as the opening.
export function stemsByField(terms: string): Record<SearchField, string[]> {
  const stems: Record<SearchField, string[]> = { headline: [], names: [], standfirst: [], opening: [] }
  for (const line of terms.split('\n')) {
    const named = FIELD_LINE.exec(line)
    const field = named && (SEARCH_FIELDS as readonly string[]).includes(named[1]) ? (named[1] as SearchField) : 'opening'
    stems[field].push(...(named ? named[2] : line).split(SEPARATOR).filter(Boolean))
  }
  return stems
}

export type QueryTerm = { stem: string; letters: number }

// Stop words count only if nothing else is asked; `letters`: the longest word typed for a stem.
export function queryTermsOf(query: string): QueryTerm[] {
  const words = [...query.matchAll(WORD)].map((match) => match[0]).filter((word) => word.length > 1)
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()))
  const letters = new Map<string, number>()
  for (const word of meaningful.length > 0 ? meaningful : words) {
    const stem = stemOf(word)
    if (stem.length > 0) letters.set(stem, Math.max(letters.get(stem) ?? 0, word.length))
  }
  return [...letters].slice(0, MAX_QUERY_WORDS).map(([stem, count]) => ({ stem, letters: count }))
}

export const queryStemsOf = (query: string): string[] => queryTermsOf(query).map((term) => term.stem)

export type HighlightedText = { text: string; match: boolean }[]

export function highlight(text: string, stems: string[]): HighlightedText {
  const pieces: HighlightedText = []
  let at = 0
  for (const match of text.matchAll(WORD)) {
    if (!stems.some((stem) => stemOf(match[0]).startsWith(stem))) continue
    const start = match.index
    if (start > at) pieces.push({ text: text.slice(at, start), match: false })
    pieces.push({ text: match[0], match: true })
    at = start + match[0].length
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false })
  return pieces
}

export function excerptAround(text: string, stems: string[], length = 240): string | null {
  const first = [...text.matchAll(WORD)].find((match) => stems.some((stem) => stemOf(match[0]).startsWith(stem)))
  if (!first) return null
  if (text.length <= length) return text
  let start = Math.max(0, first.index - Math.floor(length / 3))
  let end = Math.min(text.length, start + length)
  start = Math.max(0, end - length)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`
}
