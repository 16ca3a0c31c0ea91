import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { RichText } from '@payloadcms/richtext-lexical/react'

import { populated } from '@/lib/relations'
import type { Article, Media } from '@/payload-types'
import { PaywallBreakComponent } from '@/paywall/PaywallBreak/Component'
import { PAYWALL_BREAK_BLOCK } from '@/paywall/PaywallBreak/config'

import { MediaFigure } from './MediaFigure'
import { GATED_SECTION_CLASS } from './newsArticleJsonLd'

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  // Images inside the story get the same figure (caption + credit) as the hero.
  upload: ({ node }) => {
    const media = populated(node.value as Media | number | string)
    return media ? <MediaFigure media={media} size="card" className="figure figure-inline" /> : null
  },
  blocks: { [PAYWALL_BREAK_BLOCK]: PaywallBreakComponent },
})

type Body = Article['body']

/**
 * The story text: the opening, then (when the reader is entitled to it) the gated
 * part in its own element, which the JSON-LD names for search engines.
 */
export function StoryBody({ opening, gated }: { opening: Body; gated: Body | null }) {
  return (
    <>
      <RichText data={opening as never} converters={converters} className="story-body" />
      {gated && <RichText data={gated as never} converters={converters} className={`story-body ${GATED_SECTION_CLASS}`} />}
    </>
  )
}
