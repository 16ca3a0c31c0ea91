import type { Block } from 'payload'

/**
 * Quotes where journalists write them. Both blocks point at a record of the Quotes
 * collection (who said it, their role at the time, who relayed it): pick one already on
 * record, or create it from the block. The story's body is the single source of truth:
 * publishing it files every quote it holds under the story (hooks/linkQuotes.ts).
 *
 * - **Inline quote**: words quoted inside a sentence. The quotation marks stay in the
 *   paragraph, so it reads exactly as written; the block stands for the quoted words.
 * - **Pull quote**: a quote set apart, with the speaker's name, role and country.
 */
export const INLINE_QUOTE_BLOCK = 'quote'
export const PULL_QUOTE_BLOCK = 'pullQuote'

// Shows the quoted words and their speaker in the editor, in place of the block's name.
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
