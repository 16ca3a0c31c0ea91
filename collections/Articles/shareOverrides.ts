import { seoPlugin } from '@payloadcms/plugin-seo'

import { serverEnv } from '@/lib/platform/env'

import { storyPath } from '@/lib/readerPaths'

// For when editors want a story's share title, description or image to differ from its own.
export const shareOverrides = seoPlugin({
  collections: ['articles'],
  uploadsCollection: 'media',
  generateTitle: ({ doc }) => (doc as { title?: string }).title ?? '',
  generateDescription: ({ doc }) => (doc as { dek?: string }).dek ?? '',
  generateURL: ({ doc }) => new URL(storyPath((doc as { slug?: string }).slug ?? ''), serverEnv().SITE_URL).href,
})
