import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { RichText } from '@payloadcms/richtext-lexical/react'

import { PAYWALL_BREAK_BLOCK } from '@/blocks/PaywallBreak'
import { populated } from '@/content/ids'
import type { Article, Media } from '@/payload-types'
import { GATED_SECTION_CLASS } from '@/seo/newsArticleJsonLd'

import { MediaFigure } from './MediaFigure'

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  // Images inside the story get the same figure (caption + credit) as the hero.
  upload: ({ node }) => {
    const media = populated(node.value as Media | number | string)
    return media ? <MediaFigure media={media} size="card" className="figure figure-inline" /> : null
  },
  // The paywall break is an editing marker (paywall/preview.ts cuts there); readers see nothing.
  blocks: { [PAYWALL_BREAK_BLOCK]: () => null },
})

type Body = Article['body']

/**
 * The story text: the free opening, then (when the reader is entitled to it)
 * the gated part in its own element, which the JSON-LD names for search engines.
 */
export function StoryBody({ open, gated }: { open: Body; gated: Body | null }) {
  return (
    <>
      <RichText data={open as never} converters={converters} className="story-body" />
      {gated && <RichText data={gated as never} converters={converters} className={`story-body ${GATED_SECTION_CLASS}`} />}
    </>
  )
}
