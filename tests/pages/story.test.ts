import { describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'
import { OTHER_ARTICLES } from '@/seed/content'

import { Reader } from '../support/reader'
import { seedStory } from '../support/stories'

const storyPath = `/articles/${MAIN_STORY_SLUG}`

/** What the page's paragraphs read, one per line: the text, without the markup inside them. */
const textOfParagraphs = (html: string): string =>
  [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => match[1].replace(/<[^>]+>/g, '')).join('\n')

describe('the Bolivia–Iran story page', () => {
  it('shows the kicker, headline, standfirst, byline and date', async () => {
    const html = await new Reader().html(storyPath)
    expect(html).toContain('<h1>Bolivia’s interest in Iranian drones raises concerns in U.S. and Latin America</h1>')
    // The kicker is the story's section, and leads to the section's page.
    expect(html).toMatch(/class="kicker"><a href="\/sections\/latin-america">Latin America<\/a>/)
    expect(html).toMatch(/class="dek">[^<]+</)
    expect(html).toMatch(/By Staff · <time dateTime="2023-07-25T12:00:00.000Z">July 25, 2023<\/time>/)
  })

  it('prints every paragraph of the story, verbatim and in order, its quotes marked in place', async () => {
    const html = await new Reader().html(storyPath)
    // The five quotes are marked inside their sentences; the paragraphs read exactly as scraped.
    expect(html.match(/<span class="quote-inline" data-quote="[^"]+">/g)).toHaveLength(5)
    const text = textOfParagraphs(html)
    const positions = seedStory.paragraphs.map((paragraph) => text.indexOf(paragraph))
    expect(seedStory.paragraphs).toHaveLength(13)
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('shows both photos with alt text, caption and credit, the second one within the story', async () => {
    const html = await new Reader().html(storyPath)
    const figures = html.match(/<figure[\s\S]*?<\/figure>/g) ?? []
    expect(figures).toHaveLength(2)
    for (const figure of figures) {
      expect(figure).toMatch(/<img [^>]*alt="[^"]{10,}"/)
      expect(figure).toContain('Photo Internet reproduction.')
    }
    const inline = html.indexOf('figure-inline')
    expect(inline).toBeGreaterThan(html.indexOf(seedStory.paragraphs[3]))
    // The fifth paragraph holds a quote, marked in place: its opening words stand before the mark.
    expect(inline).toBeLessThan(html.indexOf(seedStory.paragraphs[4].slice(0, 40)))
  })

  it('lists the five quotes with speaker, role and country', async () => {
    const html = await new Reader().html(storyPath)
    const quotes = html.slice(html.indexOf('Quoted in this story'))
    for (const [speaker, country] of [
      ['John Kirby', 'United States'],
      ['Alberto Asseff', 'Argentina'],
      ['Andrés Jouannet', 'Chile'],
      ['Edmundo Novillo', 'Bolivia'],
      ['Mohammad Reza Ashtiani', 'Iran'],
    ]) {
      expect(quotes).toMatch(new RegExp(`>${speaker}</a></span>, [^<(]+ \\(${country}\\)`))
    }
    expect(quotes).toContain('as reported by HispanTV')
  })

  it('describes itself to search engines: a NewsArticle about its five people, mentioning its seven countries, without its text', async () => {
    const html = await new Reader().html(storyPath)
    const [json] = (html.match(/<script type="application\/ld\+json">(.*?)<\/script>/) ?? []).slice(1)
    const data = JSON.parse(json) as { '@type': string; headline: string; about: { '@type': string; name: string; url: string }[]; mentions: { '@type': string; name: string }[] }
    expect(data['@type']).toBe('NewsArticle')
    expect(data.headline).toBe(seedStory.headline)
    expect(data.about.map((person) => person.name).sort()).toEqual(['Alberto Asseff', 'Andrés Jouannet', 'Edmundo Novillo', 'John Kirby', 'Mohammad Reza Ashtiani'])
    expect(data.about.every((person) => person['@type'] === 'Person' && /\/people\/[a-z-]+$/.test(person.url))).toBe(true)
    expect(data.mentions.map((country) => country.name).sort()).toEqual(['Argentina', 'Bolivia', 'Chile', 'Iran', 'Russia', 'Ukraine', 'United States'])
    expect(json).not.toContain(seedStory.paragraphs[5])
  })

  it('tags the seven countries and five people', async () => {
    const html = await new Reader().html(storyPath)
    for (const name of ['Bolivia', 'Iran', 'United States', 'Argentina', 'Chile', 'Russia', 'Ukraine', 'Edmundo Novillo', 'Mohammad Reza Ashtiani', 'John Kirby', 'Alberto Asseff', 'Andrés Jouannet']) {
      expect(html).toMatch(new RegExp(`<li class="tag"><a href="/(countries|people)/[a-z-]+">${name}</a></li>`))
    }
  })

  it('has an "other content" rail of at least four other published stories whose links work', async () => {
    const reader = new Reader()
    const html = await reader.html(storyPath)
    const rail = html.slice(html.indexOf('Check out our other content'))
    const links = [...rail.matchAll(/href="(\/articles\/[^"]+)"/g)].map((match) => match[1])
    expect(links.length).toBeGreaterThanOrEqual(4)
    expect(links).not.toContain(storyPath)
    expect(new Set(links).size).toBe(links.length)
    for (const link of links) {
      expect((await new Reader().get(link)).status).toBe(200)
    }
  })

  it('models the scrape’s chrome as structure: photo credits as credits, no empty menu', async () => {
    const html = await new Reader().html(storyPath)
    // "Photo Internet reproduction." is each photo's credit, never a line of the story's text.
    expect(html.match(/<span class="figure-credit">Photo Internet reproduction\.<\/span>/g)).toHaveLength(2)
    expect(html.match(/Photo Internet reproduction\./g)).toHaveLength(2)
    // The seed sets no menu, so the main menu is absent; only the account links show.
    expect(html).not.toContain('aria-label="Main"')
    expect(html).toMatch(/<nav aria-label="Account"[^>]*>(<a href="\/[a-z]+">[A-Za-z]+<\/a>){3}<\/nav>/)
  })

  it('describes itself to search and social with the standfirst, not the body', async () => {
    const html = await new Reader().html(storyPath)
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toMatch(/<meta name="description" content="[^"]+"/)
    expect(head).toMatch(/<meta property="og:title" content="Bolivia’s interest/)
    expect(head).toContain(`<link rel="canonical" href="http://127.0.0.1:`)
  })
})

describe('the home page', () => {
  it('leads with the editors’ lead story, then the newest', async () => {
    const html = await new Reader().html('/')
    const lead = html.slice(html.indexOf('class="lead-story"'), html.indexOf('class="story-grid"'))
    expect(lead).toContain(`href="/articles/${MAIN_STORY_SLUG}"`)
    expect(lead).toContain('Photo Internet reproduction.')
    expect(html.slice(html.indexOf('class="story-grid"'))).not.toContain(`href="/articles/${MAIN_STORY_SLUG}"`)
  })

  it('leads with the latest stories, each with image, kicker, headline and standfirst', async () => {
    const html = await new Reader().html('/')
    const headlines = [...html.matchAll(/href="\/articles\/([^"]+)"/g)].map((match) => match[1])
    expect(new Set(headlines).size).toBeGreaterThanOrEqual(7)
    expect(html).toContain(seedStory.headline)
    expect(html.match(/class="kicker"/g)?.length).toBeGreaterThanOrEqual(7)
    // Other tests publish stories without a photo: the seeded stories' cards are the ones that must have one.
    const seeded = [MAIN_STORY_SLUG, ...OTHER_ARTICLES.map((article) => article.slug)]
    const cards = html.split('<article class="card">').slice(1).map((card) => card.slice(0, card.indexOf('</article>')))
    const seededCards = cards.filter((card) => seeded.some((slug) => card.includes(`href="/articles/${slug}"`)))
    expect(seededCards.length).toBeGreaterThan(0)
    for (const card of seededCards) expect(card).toContain('<img class="card-image"')
  })
})

describe('a section page', () => {
  it('lists the section’s published stories, the newest first, under the section’s name', async () => {
    const html = await new Reader().html('/sections/latin-america')
    expect(html).toMatch(/<h1 id="section-heading" class="section-title">Latin America<\/h1>/)
    const linked = [...html.matchAll(/class="card-title"><a href="\/articles\/([^"]+)"/g)].map((match) => match[1])
    expect(linked).toContain(MAIN_STORY_SLUG)
    expect(linked.length).toBeGreaterThanOrEqual(2)
    // Every story listed is filed under this section.
    expect(html.match(/class="kicker"><a href="\/sections\/([^"]+)"/g)?.every((kicker) => kicker.includes('/sections/latin-america'))).toBe(true)
  })

  it.each(['/sections/no-such-section', '/sections/Not%20A%20Slug'])('answers %s with the 404 page', async (path) => {
    const response = await new Reader().get(path)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('We couldn’t find that page')
  })
})

describe('pages that do not exist', () => {
  it.each(['/articles/no-such-story', '/articles/Not%20A%20Slug', '/articles/' + 'a'.repeat(200), '/no/such/page'])(
    'answers %s with a helpful 404 page',
    async (path) => {
      const response = await new Reader().get(path)
      expect(response.status).toBe(404)
      expect(await response.text()).toContain('We couldn’t find that page')
    },
  )

  it.each<[string, Record<string, string>]>([
    [`/internal/articles/${MAIN_STORY_SLUG}/full`, {}],
    [`/internal/articles/${MAIN_STORY_SLUG}/full`, { 'x-newsroom-internal': 'guessed-token' }],
    [`/internal/articles/${MAIN_STORY_SLUG}/full`, { RSC: '1' }],
    [`/internal/articles/${MAIN_STORY_SLUG}/full?_rsc=1`, {}],
    ['/internal/home/full', {}],
    [`/internal/story-facts/${MAIN_STORY_SLUG}`, {}],
    ['/internal', {}],
    ['/internal/anything-added-later', {}],
  ])('does not let readers request an internal route directly (%s, headers %j)', async (path, headers) => {
    const response = await new Reader().get(path, headers)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(seedStory.paragraphs[12])
  })

  it.each(['/internal/reader-access', '/internal/purge'])('answers a post to %s from outside with the 404 page', async (path) => {
    const response = await new Reader().send('POST', path, {})
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('We couldn’t find that page')
  })
})
