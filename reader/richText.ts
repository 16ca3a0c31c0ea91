import { INLINE_QUOTE_BLOCK } from '@/collections/Articles/blocks/Quote/config'

type TextNode = {
  type: 'text'
  text: string
  version: 1
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
}
type ParagraphNode = {
  type: 'paragraph'
  version: 1
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
  children: (TextNode | InlineQuoteNode)[]
}
// Quoted words standing for a quote on record (collections/Articles/blocks/Quote).
export type InlineQuoteNode = {
  type: 'inlineBlock'
  version: 1
  fields: { id: string; blockName: ''; blockType: typeof INLINE_QUOTE_BLOCK; quote: string | number }
}
export type UploadNode = {
  type: 'upload'
  version: 3
  format: ''
  id: string
  fields: null
  relationTo: 'media'
  value: string | number
}
export type PaywallBreakNode = {
  type: 'block'
  version: 2
  format: ''
  fields: { id: string; blockName: ''; blockType: 'paywallBreak' }
}
type BlockNode = ParagraphNode | UploadNode | PaywallBreakNode

export type RichTextDocument = {
  root: {
    type: 'root'
    version: 1
    direction: 'ltr'
    format: ''
    indent: 0
    children: BlockNode[]
  }
}

const textNode = (text: string): TextNode => ({ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' })

const paragraphOf = (children: ParagraphNode['children']): ParagraphNode => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
})

export const paragraphNode = (text: string): ParagraphNode => paragraphOf([textNode(text)])

export const inlineQuoteNode = (quoteId: string | number): InlineQuoteNode => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: `quote-${quoteId}`, blockName: '', blockType: INLINE_QUOTE_BLOCK, quote: quoteId },
})

// The quotation marks around each quote's words stay text, so the paragraph reads exactly as `text`.
export function paragraphWithQuotes(text: string, marks: { start: number; end: number; quote: string | number }[]): ParagraphNode {
  const children: ParagraphNode['children'] = []
  let at = 0
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) throw new RangeError(`quote mark ${mark.start}–${mark.end} does not fit the paragraph`)
    if (mark.start > at) children.push(textNode(text.slice(at, mark.start)))
    children.push(inlineQuoteNode(mark.quote))
    at = mark.end
  }
  if (at < text.length) children.push(textNode(text.slice(at)))
  return paragraphOf(children)
}

export const uploadNode = (mediaId: string | number): UploadNode => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `upload-${mediaId}`,
  fields: null,
  relationTo: 'media',
  value: mediaId,
})

export const paywallBreakNode = (id = 'paywall-break'): PaywallBreakNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id, blockName: '', blockType: 'paywallBreak' },
})

export const richTextDocument = (children: BlockNode[]): RichTextDocument => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

export const richTextFromParagraphs = (paragraphs: string[]): RichTextDocument =>
  richTextDocument(paragraphs.map(paragraphNode))

type AnyNode = { type?: string; text?: unknown; children?: unknown; fields?: { quote?: unknown } }

export function paragraphTexts(document: unknown): string[] {
  const children = (document as { root?: { children?: AnyNode[] } } | null)?.root?.children ?? []
  return children.filter((node) => node.type === 'paragraph').map((node) => textOf(node))
}

function textOf(node: AnyNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'inlineBlock') {
    const quote = node.fields?.quote as { text?: unknown } | undefined
    return typeof quote?.text === 'string' ? quote.text : ''
  }
  return Array.isArray(node.children) ? node.children.map((child) => textOf(child as AnyNode)).join('') : ''
}
