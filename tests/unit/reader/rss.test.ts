import { describe, expect, it } from 'vitest'

import { renderRssFeed } from '@/reader/rss'

const site = { url: 'https://news.example', name: 'The Newsroom', description: 'News & analysis' }

describe('the RSS feed', () => {
  it('lists each story with its headline, standfirst, link and date', () => {
    const xml = renderRssFeed(site, [
      { title: 'Drones & diplomacy', dek: 'A "deal" <maybe>.', slug: 'drones', section: 'World', publishedAt: '2023-07-25T12:00:00.000Z' },
    ])
    expect(xml).toContain('<title>Drones &amp; diplomacy</title>')
    expect(xml).toContain('<description>A &quot;deal&quot; &lt;maybe&gt;.</description>')
    expect(xml).toContain('<link>https://news.example/articles/drones</link>')
    expect(xml).toContain('<pubDate>Tue, 25 Jul 2023 12:00:00 GMT</pubDate>')
    expect(xml).toContain('<description>News &amp; analysis</description>')
  })

  it('is a well-formed empty channel when nothing is published', () => {
    const xml = renderRssFeed(site, [])
    expect(xml).not.toContain('<item>')
    expect(xml.trim().endsWith('</rss>')).toBe(true)
  })

  it('links its channel to the page it follows: the home page, or a person’s or a country’s', () => {
    expect(renderRssFeed(site, [])).toContain('<link>https://news.example/</link>')
    expect(renderRssFeed({ ...site, path: '/people/edmundo-novillo' }, [])).toContain('<link>https://news.example/people/edmundo-novillo</link>')
  })

  it('carries the whole text of a story free to read, escaped once as HTML and once as XML, and none of another', () => {
    const item = { title: 'T', dek: 'D', slug: 't', section: 'World' }
    const xml = renderRssFeed(site, [
      { ...item, paragraphs: ['Iran & Bolivia <agree>.', 'Second.'] },
      { ...item, slug: 'metered' },
    ])
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"')
    expect(xml).toContain('<content:encoded>&lt;p&gt;Iran &amp;amp; Bolivia &amp;lt;agree&amp;gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content:encoded>')
    expect(xml.match(/<content:encoded>/g)).toHaveLength(1)
  })
})
