import type { Where } from 'payload'
import { stemmer } from 'stemmer'

/**
 * How the site's search compares words, on SQLite and MongoDB alike. Both adapters offer
 * only substring matching (`like`), which makes "port" match "exports". So each indexed
 * text is stored as its word stems between bars (`|bolivia|drone|rais|`), and a query word
 * matches a stem it begins: `|port` finds "ports" and "Portugal" but not "exports", and
 * the stem makes "drone" find "drones". The same functions mark the matches on the page.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
const SEPARATOR = '|'

/** Queries longer than this are refused with a message: nobody types them, and each word is a clause. */
export const MAX_QUERY_LENGTH = 200
/** Words past this many are ignored: each is one more clause for the database. */
export const MAX_QUERY_WORDS = 8

// Words nearly every story has: as a query word they would match everything and mark every line.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his in is it its of on or she that the their they this to was were will with'.split(' '),
)

/** A word as the index keeps it: lower case, without accents or a possessive 's, stemmed (Porter). */
export function stemOf(word: string): string {
  const plain = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
  return stemmer(plain)
}

/** The text of a document as the index stores it: each distinct stem once, between bars. */
export function indexTermsOf(...texts: (string | null | undefined)[]): string {
  const stems = new Set<string>()
  for (const text of texts) for (const match of (text ?? '').matchAll(WORD)) stems.add(stemOf(match[0]))
  return stems.size === 0 ? '' : `${SEPARATOR}${[...stems].join(SEPARATOR)}${SEPARATOR}`
}

/**
 * The stems a query asks for: distinct, at most MAX_QUERY_WORDS, without one-letter words
 * and stop words (unless the query has nothing else). Empty when nothing is left to search.
 */
export function queryStemsOf(query: string): string[] {
  const words = [...query.matchAll(WORD)].map((match) => match[0]).filter((word) => word.length > 1)
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()))
  const stems = (meaningful.length > 0 ? meaningful : words).map(stemOf).filter((stem) => stem.length > 0)
  return [...new Set(stems)].slice(0, MAX_QUERY_WORDS)
}

/** The query over an index of `indexTermsOf` texts: every stem must begin one of the document's words. */
export function matchingAllStems(field: string, stems: string[]): Where {
  // Stems are letters and digits only, so they carry no wildcard of SQL's LIKE or a regex.
  return {
    and: stems.map((stem) => ({ [field]: { like: `${SEPARATOR}${stem}` } })),
  }
}

export type HighlightedText = { text: string; match: boolean }[]

/** A text cut where the query's words are, each piece saying whether it is a match (shown as <mark>). */
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

/**
 * The part of a long text around its first match, cut at word boundaries, with an
 * ellipsis where it was cut; null when no word of it matches.
 */
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
