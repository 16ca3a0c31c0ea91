import { escapeXml } from '@/lib/xml'

/**
 * The site's RSS 2.0 feed: headline, standfirst and link per story, never the
 * story text (a feed is readable by anyone, so it carries only what metadata does).
 */

export type FeedItem = { title: string; dek: string; slug: string; section: string; publishedAt?: string | null }


/** `site.path`: the page the feed follows (a person's, a country's), the home page when absent. */
export function renderRssFeed(site: { url: string; name: string; description: string; path?: string }, items: FeedItem[]): string {
  const entries = items.map((item) => {
    const link = new URL(`/articles/${encodeURIComponent(item.slug)}`, site.url).href
    return [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(item.dek)}</description>`,
      `      <category>${escapeXml(item.section)}</category>`,
      ...(item.publishedAt ? [`      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`] : []),
      '    </item>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
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

/** A feed as the routes answer it: cached by readers for five minutes, like the pages it follows. */
export const rssResponse = (xml: string): Response =>
  new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
