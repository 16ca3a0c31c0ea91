import { describe, expect, it } from 'vitest'

import { quoteIdsOfStory } from '@/collections/Articles/quotesOfStory'
import { inlineQuoteNode, paragraphNode, paragraphWithQuotes, paragraphTexts, richTextDocument } from '@/reader/richText'

const pullQuote = (quote: number | { id: number }) => ({ type: 'block', version: 2, format: '', fields: { id: 'p', blockName: '', blockType: 'pullQuote', quote } })

describe('the quotes a story’s body holds', () => {
  it('are its inline quotes and pull quotes, each once, populated or not', () => {
    const body = richTextDocument([
      paragraphWithQuotes('He said “a” and “b”.', [
        { start: 9, end: 10, quote: 1 },
        { start: 17, end: 18, quote: 2 },
      ]),
      pullQuote({ id: 3 }) as never,
      paragraphWithQuotes('Again: “a”.', [{ start: 8, end: 9, quote: 1 }]),
    ])
    expect(quoteIdsOfStory({ body })).toEqual(['1', '2', '3'])
  })

  it('are none in a body of plain paragraphs, or no body at all', () => {
    expect(quoteIdsOfStory({ body: richTextDocument([paragraphNode('Nothing quoted.')]) })).toEqual([])
    expect(quoteIdsOfStory({})).toEqual([])
  })

  it('are found in nested nodes too (a list item, a quote inside a link)', () => {
    const body = { root: { children: [{ type: 'list', children: [{ type: 'listitem', children: [inlineQuoteNode(9)] }] }] } }
    expect(quoteIdsOfStory({ body })).toEqual(['9'])
  })
})

describe('a paragraph with its quotes marked', () => {
  const text = 'Kirby commented, “We are wary.” Then he left.'
  const start = text.indexOf('We are wary.')
  const paragraph = paragraphWithQuotes(text, [{ start, end: start + 'We are wary.'.length, quote: 5 }])

  it('keeps the quotation marks in the text and puts the quote block where the words stood', () => {
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'inlineBlock', 'text'])
    expect(paragraph.children[0]).toMatchObject({ text: 'Kirby commented, “' })
    expect(paragraph.children[2]).toMatchObject({ text: '” Then he left.' })
  })

  it('reads exactly as written once the quote is loaded', () => {
    const loaded = JSON.parse(JSON.stringify(richTextDocument([paragraph])).replace('"quote":5', '"quote":{"id":5,"text":"We are wary."}'))
    expect(paragraphTexts(loaded)).toEqual([text])
  })

  it('refuses marks that do not fit the text', () => {
    expect(() => paragraphWithQuotes('Short.', [{ start: 2, end: 40, quote: 1 }])).toThrow(RangeError)
  })
})
