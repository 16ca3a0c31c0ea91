import { seoPlugin } from '@payloadcms/plugin-seo'

import { serverEnv } from '@/lib/platform/env'

import { storyPath } from '@/lib/readerPaths'

/**
 * A story's share title, description and image, when the editors want them to differ from
 * the headline, standfirst and generated share card (Payload's SEO plugin: an "SEO" group
 * on the story with a preview of the search result). Empty, the story's own are used
 * (app/(frontend)/internal/articles/[slug]/[variant]/page.tsx). The "Generate" buttons
 * copy the headline and standfirst in, as a start to edit.
 */
export const shareOverrides = seoPlugin({
  collections: ['articles'],
  uploadsCollection: 'media',
  generateTitle: ({ doc }) => (doc as { title?: string }).title ?? '',
  generateDescription: ({ doc }) => (doc as { dek?: string }).dek ?? '',
  generateURL: ({ doc }) => new URL(storyPath((doc as { slug?: string }).slug ?? ''), serverEnv().SITE_URL).href,
})
