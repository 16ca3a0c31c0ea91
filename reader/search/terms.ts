import type { Where } from 'payload'
import { stemmer } from 'stemmer'

/**
 * Both adapters offer only substring matching, where "port" matches "exports". So texts are stored
 * as stems between bars (`|bolivia|drone|rais|`), and a query word matches a stem it begins.
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

// Stop words count only when the query has nothing else.
export function queryStemsOf(query: string): string[] {
  const words = [...query.matchAll(WORD)].map((match) => match[0]).filter((word) => word.length > 1)
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()))
  const stems = (meaningful.length > 0 ? meaningful : words).map(stemOf).filter((stem) => stem.length > 0)
  return [...new Set(stems)].slice(0, MAX_QUERY_WORDS)
}

export function matchingAllStems(field: string, stems: string[]): Where {
  // Stems are letters and digits only, so no wildcard of LIKE or a regex.
  return {
    and: stems.map((stem) => ({ [field]: { like: `${SEPARATOR}${stem}` } })),
  }
}

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
