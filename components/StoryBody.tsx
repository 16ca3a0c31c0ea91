import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { RichText } from '@payloadcms/richtext-lexical/react'

import { populated } from '@/content/ids'
import type { Article, Media } from '@/payload-types'

import { MediaFigure } from './MediaFigure'

// Images inside the story get the same figure (caption + credit) as the hero.
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  upload: ({ node }) => {
    const media = populated(node.value as Media | number | string)
    return media ? <MediaFigure media={media} size="card" className="figure figure-inline" /> : null
  },
})

export function StoryBody({ body }: { body: Article['body'] }) {
  return <RichText data={body as never} converters={converters} className="story-body" />
}
