import { storyPath } from '@/lib/readerPaths'
import { escapeXml } from '@/lib/xml'

// https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
export function renderNewsSitemap(site: { url: string; name: string }, stories: { slug: string; title: string; publishedAt?: string | null }[]): string {
  const entries = stories
    .filter((story) => story.publishedAt)
    .map((story) =>
      [
        '  <url>',
        `    <loc>${escapeXml(new URL(storyPath(story.slug), site.url).href)}</loc>`,
        '    <news:news>',
        `      <news:publication><news:name>${escapeXml(site.name)}</news:name><news:language>en</news:language></news:publication>`,
        `      <news:publication_date>${new Date(story.publishedAt!).toISOString()}</news:publication_date>`,
        `      <news:title>${escapeXml(story.title)}</news:title>`,
        '    </news:news>',
        '  </url>',
      ].join('\n'),
    )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n')
}
