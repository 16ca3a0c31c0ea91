import { escapeXml } from '@/lib/xml'
import { storyPath } from '@/lib/readerPaths'

// A feed is readable by anyone, so only a story free to read carries its whole text.

export type FeedItem = {
  title: string
  dek: string
  slug: string
  section: string
  publishedAt?: string | null
  paragraphs?: string[]
}


// `site.path`: the page the feed follows; the home page when absent.
export function renderRssFeed(site: { url: string; name: string; description: string; path?: string }, items: FeedItem[]): string {
  const entries = items.map((item) => {
    const link = new URL(storyPath(item.slug), site.url).href
    return [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(item.dek)}</description>`,
      `      <category>${escapeXml(item.section)}</category>`,
      ...(item.publishedAt ? [`      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`] : []),
      ...(item.paragraphs && item.paragraphs.length > 0
        ? [`      <content:encoded>${escapeXml(item.paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join(''))}</content:encoded>`]
        : []),
      '    </item>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '  <channel>',
    `    <title>${escapeXml(site.name)}</title>`,
    `    <link>${escapeXml(new URL(site.path ?? '/', site.url).href)}</link>`,
    `    <description>${escapeXml(site.description)}</description>`,
    '    <language>en</language>',
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}

// Cached for five minutes, like the pages it follows.
export const rssResponse = (xml: string): Response =>
  new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
