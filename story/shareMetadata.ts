import type { Metadata } from 'next'

/**
 * What a public page tells search engines and link previews: its canonical address, and
 * the same title and description as an Open Graph and a Twitter card. Addresses are
 * relative; the layout's `metadataBase` (SITE_URL) makes them absolute.
 */
export function shareMetadata(page: {
  title: string
  description: string
  path: string
  type?: 'website' | 'article' | 'profile'
  siteName: string
  largeImage?: boolean
  /** The page's own RSS feed, announced to feed readers. */
  feedPath?: string
  /** A story's facts for Open Graph's `article` type. */
  article?: { publishedTime?: string; modifiedTime: string; section: string; tags: string[] }
  /** Pictures named here; a route's own opengraph-image file is added by Next. */
  images?: { url: string; alt: string; width?: number; height?: number }[]
}): Metadata {
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
      ...(page.images ? { images: page.images } : {}),
    },
    twitter: {
      card: page.largeImage ? 'summary_large_image' : 'summary',
      title: page.title,
      description: page.description,
      ...(page.images ? { images: page.images.map((image) => image.url) } : {}),
    },
  }
}
