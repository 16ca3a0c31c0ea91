import type { Metadata } from 'next'

import { SHARE_CARD } from './components/ShareCard'

/**
 * One title and description for search engines and link previews. The picture is the page's own,
 * else the site's card (app/(frontend)/share-card). The layout's `metadataBase` makes paths absolute.
 */
export function shareMetadata(page: {
  title: string
  description: string
  path: string
  type?: 'website' | 'article' | 'profile'
  siteName: string
  feedPath?: string
  article?: { publishedTime?: string; modifiedTime: string; section: string; tags: string[] }
  images?: { url: string; alt: string; width?: number; height?: number }[]
  // The route has its own opengraph-image file, which Next adds.
  cardFromRoute?: boolean
}): Metadata {
  const images = page.cardFromRoute ? [] : (page.images ?? [{ url: '/share-card', alt: page.siteName, ...SHARE_CARD.size }])
  return {
    title: page.title,
    description: page.description,
    alternates: {
      canonical: page.path,
      ...(page.feedPath ? { types: { 'application/rss+xml': [{ url: page.feedPath, title: page.title }] } } : {}),
    },
    openGraph: {
      ...(page.article ? { type: 'article', ...page.article } : { type: page.type ?? 'website' }),
      title: page.title,
      description: page.description,
      url: page.path,
      siteName: page.siteName,
      ...(images.length > 0 ? { images } : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.description,
      ...(images.length > 0 ? { images: images.map((image) => image.url) } : {}),
    },
  }
}
