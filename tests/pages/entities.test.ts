import { beforeAll, describe, expect, it } from 'vitest'

import { BAD_ADDRESS_HEADING } from '@/delivery/plainPages'
import { slugify } from '@/lib/slugify'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { COUNTRIES, MAIN_STORY_QUOTES, PEOPLE } from '@/seed/content'
import { richTextFromParagraphs } from '@/reader/richText'

import { decodeEntities, Reader, signedInStaff, testSectionId } from '../support/reader'
import { seedStory } from '../support/stories'

/** The people and countries of the stories, as readers follow them from a story. */

/**
 * Where a redirect leads. Next 16, self-hosted, sends a page's redirect with its Location
 * header twice (vercel/next.js#83057); browsers follow identical repeats, so what matters is
 * that every value is the same.
 */
const soleLocation = (response: Response): string => {
  const values = new Set((response.headers.get('location') ?? '').split(', '))
  expect(values.size, 'one Location').toBe(1)
  return [...values][0]
}
const page = async (pathname: string) => {
  const response = await new Reader().get(pathname)
  return { status: response.status, html: decodeEntities(await response.text()), response }
}

describe('a story page', () => {
  it('links its people and country tags, and its speakers, to their pages', async () => {
    const { html } = await page(`/articles/${MAIN_STORY_SLUG}`)
    for (const person of PEOPLE) expect(html).toContain(`<a href="/people/${person.slug}">${person.name}</a>`)
    for (const country of COUNTRIES) expect(html).toContain(`<a href="/countries/${slugify(country.name)}">${country.name}</a>`)
    expect(html).toContain('<span class="quote-speaker"><a href="/people/john-kirby">John Kirby</a></span>')
  })
})

describe('a person’s page', () => {
  it.each(PEOPLE.map((person) => [person.slug, person] as const))('/people/%s shows who they are, what they said in public with the story that reports it, and the stories about them', async (slug, person) => {
    const { status, html, response } = await page(`/people/${slug}`)
    expect(status).toBe(200)
    expect(html).toContain(`<h1 id="entity-heading">${person.name}</h1>`)
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+/people/${slug}"/>`))
    // A share card: the person's name as an Open Graph profile and a Twitter summary.
    expect(html).toContain(`<meta property="og:title" content="${person.name}"/>`)
    expect(html).toContain('<meta property="og:type" content="profile"/>')
    expect(html).toMatch(new RegExp(`<meta property="og:url" content="https?://[^/"]+/people/${slug}"/>`))
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    expect(html).toContain(seedStory.headline)
    // The seed story is metered, but its quotes are public record: everyone reads them here.
    for (const quote of MAIN_STORY_QUOTES.filter((seeded) => seeded.speaker === slug)) {
      expect(html).toContain(`<blockquote><p>“${quote.text}”</p></blockquote>`)
      expect(html).toContain(`, ${quote.speakerRole}`)
    }
    expect(html).toContain(`— in <a href="/articles/${MAIN_STORY_SLUG}">${seedStory.headline}</a>`)
    // An entity page is not a story: no read is counted, no cookie is set.
    expect(response.headers.getSetCookie()).toEqual([])
  })

  it('is reached by another spelling of the name', async () => {
    const response = await new Reader().request('/people/mohamad-reza-ashtiani', { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(soleLocation(response)).toMatch(/\/people\/mohammad-reza-ashtiani$/)
  })

  it('answers 404 for nobody, or for an address that is not a slug', async () => {
    // A malformed percent-escape is a 400 of the proxy's: tests/pages/badAddresses.test.ts.
    for (const slug of ['nobody-at-all', 'UPPER', 'a'.repeat(300)]) {
      for (const base of ['/people', '/countries', '/sections']) {
        const { status, html } = await page(`${base}/${slug}`)
        expect([base, slug, status]).toEqual([base, slug, 404])
        expect(html).toContain('We couldn’t find that page')
      }
    }
  })

  it('answers an escaped slash or NUL, which layers read differently, with the 400 page', async () => {
    for (const slug of ['..%2F..%2Fetc', 'bolivia%00']) {
      for (const base of ['/people', '/countries', '/sections']) {
        const { status, html } = await page(`${base}/${slug}`)
        expect([base, slug, status]).toEqual([base, slug, 400])
        expect(html).toContain(BAD_ADDRESS_HEADING)
      }
    }
  })
})

describe('a country’s page', () => {
  it.each(COUNTRIES.map((country) => [slugify(country.name), country] as const))('/countries/%s shows the country and the story about it', async (slug, country) => {
    const { status, html } = await page(`/countries/${slug}`)
    expect(status).toBe(200)
    expect(html).toContain(`<h1 id="entity-heading">${country.name}</h1>`)
    expect(html).toContain(seedStory.headline)
  })

  it('lists its people on record', async () => {
    const { html } = await page('/countries/bolivia')
    expect(html).toContain('<a href="/people/edmundo-novillo">Edmundo Novillo</a>')
    expect(html).not.toContain('<a href="/people/john-kirby">')
  })

  it('is reached by its ISO code', async () => {
    const response = await new Reader().request('/countries/bo', { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(soleLocation(response)).toMatch(/\/countries\/bolivia$/)
    expect((await page('/countries/zz')).status).toBe(404)
  })
})

describe('the home page', () => {
  it('names the people in the news, each a link to their page', async () => {
    const { html } = await page('/')
    expect(html).toContain('<h2 id="people-in-the-news" class="tags-heading">People in the news</h2>')
    // The home page has its canonical address and share card too.
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^/"]+"\/>/)
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"\/>/)
    expect(html).toContain('<meta property="og:type" content="website"/>')
    const strip = html.slice(html.indexOf('People in the news</h2>'))
    for (const person of PEOPLE) expect(strip).toContain(`<a href="/people/${person.slug}">${person.name}</a>`)
  })
})

describe('the index pages', () => {
  it('list everyone and every country on record', async () => {
    const people = (await page('/people')).html
    for (const person of PEOPLE) expect(people).toContain(`<a href="/people/${person.slug}">${person.name}</a>`)
    const countries = (await page('/countries')).html
    for (const country of COUNTRIES) expect(countries).toContain(`<a href="/countries/${slugify(country.name)}">${country.name}</a>`)
  })

  it('list the countries in the news, not all 250 on file: one joins once a published story tags it', async () => {
    const listed = async () => [...(await page('/countries')).html.matchAll(/<a href="\/countries\/([a-z-]+)">/g)].map(([, slug]) => slug)
    expect((await listed()).length).toBeLessThan(50)
    expect(await listed()).not.toContain('mongolia')
    const staff = await signedInStaff()
    const mongolia = ((await (await staff.get('/api/countries?where[isoCode][equals]=MN&depth=0')).json()) as { docs: { id: number }[] }).docs[0]
    // With a photo, as the home page's test expects of the stories it leads with.
    const { docs: media } = (await (await staff.get('/api/media?limit=1')).json()) as { docs: { id: string | number }[] }
    const story = await staff.send('POST', '/api/articles', {
      title: `Steppe elections ${Date.now()}`,
      heroImage: media[0].id,
      dek: 'A country joins the index.',
      section: await testSectionId(),
      countries: [mongolia.id],
      body: richTextFromParagraphs(['One.']),
      _status: 'published',
    })
    expect(story.status).toBe(201)
    const started = Date.now()
    while (!(await listed()).includes('mongolia') && Date.now() - started < 5_000) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await listed()).toContain('mongolia')
  })
})

describe('what entity pages never show', () => {
  const DRAFT_TITLE = 'An unpublished story about Edmundo Novillo'
  const FREE_QUOTE = 'Words said in a story free to read, by a person of its own.'
  const PRIVATE_QUOTE = 'Words said to our reporter alone, in a subscriber story.'

  beforeAll(async () => {
    const staff = await signedInStaff()
    const person = ((await (await staff.send('POST', '/api/people', { name: 'Petra Plainspoken', slug: 'petra-plainspoken', role: 'Mayor' })).json()) as { doc: { id: number } }).doc
    const novillo = ((await (await staff.get('/api/people?where[slug][equals]=edmundo-novillo&depth=0')).json()) as { docs: { id: number }[] }).docs[0]
    const section = await testSectionId()
    const draft = await staff.send('POST', '/api/articles?draft=true', {
      title: DRAFT_TITLE,
      dek: 'Not yet.',
      section,
      people: [novillo.id],
      body: richTextFromParagraphs(['A draft paragraph.']),
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const quote = ((await (await staff.send('POST', '/api/quotes', { text: FREE_QUOTE, speaker: person.id, speakerRole: 'Mayor' })).json()) as { doc: { id: number } }).doc
    const free = await staff.send('POST', '/api/articles', {
      title: 'A free story quoting a mayor',
      dek: 'Free to read.',
      section,
      people: [person.id],
      freeToRead: true,
      publishedAt: '2001-01-02T00:00:00.000Z',
      body: richTextFromParagraphs(['The mayor spoke.']),
      _status: 'published',
    })
    expect(free.status).toBe(201)
    const story = ((await free.json()) as { doc: { id: number } }).doc
    expect((await staff.send('PATCH', `/api/quotes/${quote.id}`, { article: story.id })).status).toBe(200)
    const metered = await staff.send('POST', '/api/articles', {
      title: 'A subscriber story quoting a mayor',
      dek: 'Metered.',
      section,
      people: [person.id],
      publishedAt: '2001-01-03T00:00:00.000Z',
      body: richTextFromParagraphs(['The mayor spoke to us.']),
      _status: 'published',
    })
    expect(metered.status).toBe(201)
    const meteredStory = ((await metered.json()) as { doc: { id: number } }).doc
    expect((await staff.send('POST', '/api/quotes', { text: PRIVATE_QUOTE, speaker: person.id, article: meteredStory.id })).status).toBe(201)
  })

  it('lists no draft', async () => {
    expect((await page('/people/edmundo-novillo')).html).not.toContain(DRAFT_TITLE)
  })

  it('shows the quotes of a story free to read, with the story', async () => {
    const { html } = await page('/people/petra-plainspoken')
    expect(html).toContain(`“${FREE_QUOTE}”`)
    expect(html).toContain('<a href="/articles/a-free-story-quoting-a-mayor">A free story quoting a mayor</a>')
  })

  it('counts, without their words, the quotes of a subscriber story not said in public, and lists the story', async () => {
    const { html } = await page('/people/petra-plainspoken')
    expect(html).not.toContain(PRIVATE_QUOTE)
    expect(html).toContain('Quoted once more in subscriber stories')
    expect(html).toContain('A subscriber story quoting a mayor')
  })
})

describe('the stories about a person, page by page', () => {
  const MANY = 22
  let slug: string

  beforeAll(async () => {
    const staff = await signedInStaff()
    const person = ((await (await staff.send('POST', '/api/people', { name: 'Paginated Pauline', slug: 'paginated-pauline' })).json()) as { doc: { id: number; slug: string } }).doc
    slug = person.slug
    const section = await testSectionId()
    for (let index = 1; index <= MANY; index += 1) {
      const response = await staff.send('POST', '/api/articles', {
        title: `Pauline story number ${index}`,
        dek: 'About Pauline.',
        section,
        people: [person.id],
        body: richTextFromParagraphs(['A paragraph.']),
        publishedAt: new Date(Date.UTC(2001, 1, index)).toISOString(),
        _status: 'published',
      })
      expect(response.status).toBe(201)
    }
  })

  const headlines = (html: string) => [...html.matchAll(/Pauline story number (\d+)</g)].map(([, number]) => Number(number))

  it('shows the newest twenty on their page, with a link to the next page', async () => {
    const { html } = await page(`/people/${slug}`)
    expect(headlines(html)).toEqual(Array.from({ length: 20 }, (_, index) => MANY - index))
    expect(html).toContain(`<a rel="next" href="/people/${slug}/stories/2">Next</a>`)
    expect(html).toContain('Page 1 of 2')
  })

  it('shows the rest on the next page, leading back to their page', async () => {
    const { status, html } = await page(`/people/${slug}/stories/2`)
    expect(status).toBe(200)
    expect(headlines(html)).toEqual([2, 1])
    expect(html).toContain('Stories about Paginated Pauline, page 2</h2>')
    expect(html).toContain('<title>Stories about Paginated Pauline, page 2 · ')
    expect(html).toContain(`<a rel="prev" href="/people/${slug}">Previous</a>`)
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+/people/${slug}/stories/2"/>`))
  })

  it('leads page 1 to their page, and another name to the same page of the right person', async () => {
    for (const [path, location] of [
      [`/people/${slug}/stories/1`, `/people/${slug}`],
      ['/people/mohamad-reza-ashtiani/stories/2', '/people/mohammad-reza-ashtiani/stories/2'],
    ]) {
      const response = await new Reader().request(path, { redirect: 'manual' })
      expect(response.status, path).toBe(308)
      expect(new URL(soleLocation(response), 'http://x').pathname).toBe(location)
    }
  })

  it.each(['3', '0', '-1', 'two', '1e3', '99999999'])('answers page %s, which does not exist, with the 404 page', async (number) => {
    const { status, html } = await page(`/people/${slug}/stories/${number}`)
    expect(status).toBe(404)
    expect(html).toContain('We couldn’t find that page')
  })
})
