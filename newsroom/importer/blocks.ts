import { ABBREVIATIONS, fold } from './lexicon'

/**
 * Attribution reads the words around a quotation, never inside it: each quoted passage is one
 * opaque token, and sentences are cut so "said" in one is never the verb of a quote in the next.
 */

export type QuotedPassage = {
  // The opening mark, and just after the closing mark (or the paragraph's end).
  start: number
  end: number
  content: string
  // False when the quote goes on in the next paragraph (newswire style).
  closed: boolean
}

export type Token = {
  kind: 'word' | 'punctuation' | 'quote'
  text: string
  start: number
  end: number
  passage: number
  sentence: number
}

// The headline is `paragraph: -1`.
export type Block = {
  paragraph: number
  text: string
  passages: QuotedPassage[]
  tokens: Token[]
  sentences: Array<{ first: number; last: number }>
}

// A typographic quote closed by a straight one is a typo, not a new quote.
const CLOSING_MARKS: Readonly<Record<string, string>> = { '“': '”"', '"': '"”' }

// An initial ("John F. Kennedy"), or a word with inner apostrophes, hyphens, dots ("al-Mansouri").
const TOKEN =
  /(\p{Lu}\.(?=\s+\p{Lu}))|([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-’'.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)|([.!?…]+|[,;:()[\]—–]|-(?=\s))/gu
const SENTENCE_END = /[.!?…]$/
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u
const POSSESSIVE = /['’]s$/

export const baseWord = (token: Token): string => token.text.replace(POSSESSIVE, '').replace(/\.$/, '')
export const isPossessive = (token: Token): boolean => token.kind === 'word' && POSSESSIVE.test(token.text)
export const isCapitalised = (token: Token | undefined): boolean => token?.kind === 'word' && /^\p{Lu}/u.test(token.text)
export const isPunctuation = (token: Token | undefined, marks: string): boolean =>
  token?.kind === 'punctuation' && marks.includes(token.text)

export function findQuotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = []
  let open: { at: number; closers: string } | null = null
  for (let at = 0; at < text.length; at += 1) {
    const mark = text[at]!
    if (open === null) {
      const closers = CLOSING_MARKS[mark]
      if (closers !== undefined) open = { at, closers }
    } else if (open.closers.includes(mark)) {
      passages.push({ start: open.at, end: at + 1, content: text.slice(open.at + 1, at), closed: true })
      open = null
    }
  }
  if (open !== null) passages.push({ start: open.at, end: text.length, content: text.slice(open.at + 1), closed: false })
  return passages.filter((passage) => passage.content.trim() !== '')
}

export function readBlock(text: string, paragraph: number): Block {
  const passages = findQuotedPassages(text)
  const tokens: Token[] = []
  let from = 0
  const readWords = (until: number) => {
    for (const match of text.slice(from, until).matchAll(TOKEN)) {
      const start = from + match.index
      const previous = tokens.at(-1)
      // "Sen.", "Inc.", "U.S.": an abbreviation's full stop ends no sentence.
      const abbreviation =
        previous?.kind === 'word' && (ABBREVIATIONS.has(fold(previous.text)) || DOTTED_ACRONYM.test(previous.text))
      if (match[0] === '.' && previous && abbreviation && previous.end === start) {
        previous.text += '.'
        previous.end += 1
        continue
      }
      const kind = match[3] === undefined ? 'word' : 'punctuation'
      tokens.push({ kind, text: match[0], start, end: start + match[0].length, passage: -1, sentence: 0 })
    }
  }
  passages.forEach((passage, index) => {
    readWords(passage.start)
    tokens.push({
      kind: 'quote',
      text: text.slice(passage.start, passage.end),
      start: passage.start,
      end: passage.end,
      passage: index,
      sentence: 0,
    })
    from = passage.end
  })
  readWords(text.length)

  const sentences: Block['sentences'] = []
  let first = 0
  tokens.forEach((token, index) => {
    token.sentence = sentences.length
    const next = tokens[index + 1]
    if (next === undefined || endsSentence(tokens, index, passages)) {
      sentences.push({ first, last: index })
      first = index + 1
    }
  })
  return { paragraph, text, passages, tokens, sentences }
}

// Not the stop of an initial.
function endsSentence(tokens: Token[], index: number, passages: QuotedPassage[]): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (next === undefined || !(next.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(next.text))) return false
  if (token.kind === 'quote') return SENTENCE_END.test(passages[token.passage]!.content.trim())
  if (token.kind !== 'punctuation' || !SENTENCE_END.test(token.text)) return false
  const previous = tokens[index - 1]
  const initial = previous?.kind === 'word' && previous.end === token.start && token.text === '.' && previous.text.length === 1
  return !initial
}
