import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { RichText } from '@payloadcms/richtext-lexical/react'

import { INLINE_QUOTE_BLOCK, PULL_QUOTE_BLOCK } from '@/collections/Articles/blocks/Quote/config'
import { InlineQuote } from '@/reader/components/InlineQuote'
import { PullQuote } from '@/reader/components/PullQuote'
import { populated } from '@/lib/relations'
import type { Article, Media, Quote } from '@/payload-types'
import { PaywallBreakComponent } from '@/paywall/PaywallBreak/Component'
import { PAYWALL_BREAK_BLOCK } from '@/paywall/PaywallBreak/config'

import { MediaFigure } from './MediaFigure'
import { GATED_SECTION_CLASS } from '../newsArticleJsonLd'

type QuoteBlockNode = { fields: { quote: Quote | number | string | null } }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  upload: ({ node }) => {
    const media = populated(node.value as Media | number | string)
    return media ? <MediaFigure media={media} size="card" className="figure figure-inline" /> : null
  },
  blocks: {
    [PAYWALL_BREAK_BLOCK]: PaywallBreakComponent,
    [PULL_QUOTE_BLOCK]: ({ node }: { node: QuoteBlockNode }) => <PullQuote quote={node.fields.quote} />,
  },
  inlineBlocks: { [INLINE_QUOTE_BLOCK]: ({ node }: { node: QuoteBlockNode }) => <InlineQuote quote={node.fields.quote} /> },
})

type Body = Article['body']

// The gated part has its own element, which the JSON-LD names for search engines.
export function StoryBody({ opening, gated }: { opening: Body; gated: Body | null }) {
  return (
    <>
      <RichText data={opening as never} converters={converters} className="story-body" />
      {gated && <RichText data={gated as never} converters={converters} className={`story-body ${GATED_SECTION_CLASS}`} />}
    </>
  )
}
