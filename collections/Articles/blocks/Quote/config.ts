import type { Block } from 'payload'

/**
 * The story's body is the single source of truth for its quotes: publishing files each one under
 * the story (hooks/linkQuotes.ts). An inline quote keeps its quotation marks in the paragraph,
 * so it reads exactly as written.
 */
export const INLINE_QUOTE_BLOCK = 'quote'
export const PULL_QUOTE_BLOCK = 'pullQuote'

const admin = { disableBlockName: true, components: { Label: '@/collections/Articles/blocks/Quote/EditorLabel#QuoteEditorLabel' } }

const quoteField = {
  name: 'quote',
  type: 'relationship',
  relationTo: 'quotes',
  required: true,
  admin: { description: 'Pick the quote on record, or create it here: the words, who said them, their role at the time.' },
} as const

export const InlineQuote: Block = {
  slug: INLINE_QUOTE_BLOCK,
  interfaceName: 'InlineQuoteBlock',
  labels: { singular: 'Quote (in a sentence)', plural: 'Quotes (in a sentence)' },
  admin,
  fields: [quoteField],
}

export const PullQuote: Block = {
  slug: PULL_QUOTE_BLOCK,
  interfaceName: 'PullQuoteBlock',
  labels: { singular: 'Pull quote', plural: 'Pull quotes' },
  admin,
  fields: [quoteField],
}
