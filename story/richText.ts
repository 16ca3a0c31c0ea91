/**
 * Builds Lexical rich-text JSON (the shape Payload's editor stores) from plain
 * paragraphs, and reads plain text back out of it.
 */

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
  children: TextNode[]
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

export const paragraphNode = (text: string): ParagraphNode => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
})

export const uploadNode = (mediaId: string | number): UploadNode => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `upload-${mediaId}`,
  fields: null,
  relationTo: 'media',
  value: mediaId,
})

/** The journalist's "Paywall break" block (paywall/PaywallBreak/config.ts): the opening ends here. */
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

type AnyNode = { type?: string; text?: unknown; children?: unknown }

/** The text of each top-level paragraph, in order. */
export function paragraphTexts(document: unknown): string[] {
  const children = (document as { root?: { children?: AnyNode[] } } | null)?.root?.children ?? []
  return children.filter((node) => node.type === 'paragraph').map((node) => textOf(node))
}

function textOf(node: AnyNode): string {
  if (typeof node.text === 'string') return node.text
  return Array.isArray(node.children) ? node.children.map((child) => textOf(child as AnyNode)).join('') : ''
}
