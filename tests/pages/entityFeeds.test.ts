import { beforeAll, describe, expect, it } from 'vitest'

import { escapeXml } from '@/lib/xml'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { OTHER_ARTICLES } from '@/seed/content'
import { richTextFromParagraphs } from '@/reader/richText'

import { decodeEntities, Reader, signedInStaff, testSectionId } from '../support/reader'
import { piecesOf, seedStory } from '../support/stories'

/** The feeds of a person's and a country's stories. */
const FREE_STORY = OTHER_ARTICLES.find((story) => story.freeToRead)!
const DRAFT_TITLE = 'A draft about Edmundo Novillo the feeds must not list'

const feed = async (pathname: string) => {
  const response = await new Reader().request(pathname, { redirect: 'manual' })
  return { response, xml: decodeEntities(await response.text()) }
}
const itemLinks = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<link>(.*?)<\/link>/g)].map(([, link]) => new URL(link).pathname)

beforeAll(async () => {
  const staff = await signedInStaff()
  const novillo = ((await (await staff.get('/api/people?where[slug][equals]=edmundo-novillo&depth=0')).json()) as { docs: { id: number }[] }).docs[0]
  const draft = await staff.send('POST', '/api/articles?draft=true', {
    title: DRAFT_TITLE,
    dek: 'Not yet.',
    section: await testSectionId(),
    people: [novillo.id],
    body: richTextFromParagraphs(['A draft paragraph.']),
    _status: 'draft',
  })
  expect(draft.status).toBe(201)
})

describe('a person’s feed', () => {
  it('lists their published stories, headline and standfirst only, and links to their page', async () => {
    const { response, xml } = await feed('/people/edmundo-novillo/feed.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(xml).toMatch(/<channel>\s*<title>Edmundo Novillo · [^<]+<\/title>\s*<link>https?:\/\/[^/<]+\/people\/edmundo-novillo<\/link>/)
    expect(itemLinks(xml)).toContain(`/articles/${MAIN_STORY_SLUG}`)
    expect(xml).not.toContain(DRAFT_TITLE)
    for (const piece of piecesOf(seedStory.paragraphs.slice(2))) expect(xml).not.toContain(piece)
  })

  it('carries the whole text of a story free to read, and no text of a metered one', async () => {
    const xml = await (await new Reader().get('/people/edmundo-novillo/feed.xml')).text()
    const items = xml.split('<item>').slice(1)
    const free = items.find((item) => item.includes(`/articles/${FREE_STORY.slug}</link>`))
    const metered = items.find((item) => item.includes(`/articles/${MAIN_STORY_SLUG}</link>`))
    // The item's HTML, escaped as XML: each paragraph escaped as HTML, then the whole as XML.
    for (const paragraph of FREE_STORY.paragraphs) expect(free).toContain(escapeXml(`<p>${escapeXml(paragraph)}</p>`))
    expect(metered).not.toContain('<content:encoded>')
  })

  it('is announced by their page to feed readers', async () => {
    const html = await new Reader().html('/people/edmundo-novillo')
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="https?:\/\/[^/"]+\/people\/edmundo-novillo\/feed\.xml" title="Edmundo Novillo"\/>/)
  })

  it('is reached by another spelling of the name', async () => {
    const { response } = await feed('/people/mohamad-reza-ashtiani/feed.xml')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toMatch(/\/people\/mohammad-reza-ashtiani\/feed\.xml$/)
  })

  it('answers 404, with a message, for nobody or an address that is not a slug', async () => {
    for (const slug of ['nobody-at-all', 'UPPER', 'a'.repeat(300)]) {
      const { response, xml } = await feed(`/people/${slug}/feed.xml`)
      expect([slug, response.status]).toEqual([slug, 404])
      expect(xml).toBe('No such feed.\n')
    }
  })
})

describe('a country’s feed', () => {
  it('lists the stories about it, and its ISO code leads to it', async () => {
    const { response, xml } = await feed('/countries/bolivia/feed.xml')
    expect(response.status).toBe(200)
    expect(itemLinks(xml)).toContain(`/articles/${MAIN_STORY_SLUG}`)
    expect(xml).not.toContain(DRAFT_TITLE)
    const byCode = await feed('/countries/bo/feed.xml')
    expect(byCode.response.status).toBe(308)
    expect(byCode.response.headers.get('location')).toMatch(/\/countries\/bolivia\/feed\.xml$/)
  })
})
