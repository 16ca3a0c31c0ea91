import { beforeAll, describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { decodeEntities, Reader, signedInStaff, testSectionId } from '../support/reader'
import { seedStory } from '../support/stories'

/** A quote's permalink and its share card. */
type Quote = { id: string | number; text: string }
let kirby: Quote
let withheld: Quote
let ofDraft: Quote

const page = async (pathname: string) => {
  const response = await new Reader().get(pathname)
  return { status: response.status, html: decodeEntities(await response.text()) }
}

beforeAll(async () => {
  const staff = await signedInStaff()
  const quotes = (await (await staff.get(`/api/quotes?where[article.slug][equals]=${MAIN_STORY_SLUG}&where[speaker.slug][equals]=john-kirby&depth=0`)).json()) as { docs: Quote[] }
  kirby = quotes.docs[0]
  const speaker = ((await (await staff.get('/api/people?where[slug][equals]=john-kirby&depth=0')).json()) as { docs: { id: number }[] }).docs[0]
  const section = await testSectionId()
  const create = async (path: string, data: unknown) => ((await (await staff.send('POST', path, data)).json()) as { doc: { id: number } }).doc
  const metered = await create('/api/articles', { title: 'A subscriber story with a private quote', dek: 'Metered.', section, publishedAt: '2001-01-04T00:00:00.000Z', body: richTextFromParagraphs(['Text.']), _status: 'published' })
  withheld = { ...(await create('/api/quotes', { text: 'Words Kirby said to us alone.', speaker: speaker.id, article: metered.id })), text: 'Words Kirby said to us alone.' }
  const draft = await create('/api/articles?draft=true', { title: 'A draft with a quote', dek: 'Draft.', section, body: richTextFromParagraphs(['Text.']), _status: 'draft' })
  ofDraft = { ...(await create('/api/quotes', { text: 'Words of a draft, public or not.', speaker: speaker.id, article: draft.id, publicRecord: true })), text: 'Words of a draft, public or not.' }
})

describe('a quote’s permalink', () => {
  it('shows the words, who said them in what role, and the story, with a share card', async () => {
    const { status, html } = await page(`/quotes/${kirby.id}`)
    expect(status).toBe(200)
    expect(html).toContain(`<blockquote><p>“${kirby.text}”</p></blockquote>`)
    expect(html).toContain('<a href="/people/john-kirby">John Kirby</a></span>, White House National Security Council spokesperson (United States)')
    expect(html).toContain(`Reported in <a href="/articles/${MAIN_STORY_SLUG}">${seedStory.headline}</a>.`)
    expect(html).toContain(`<meta property="og:title" content="“${kirby.text}” — John Kirby"/>`)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]
    expect(image).toBeDefined()
    const card = await new Reader().get(new URL(image!).pathname + new URL(image!).search)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toBe('image/png')
    expect((await card.arrayBuffer()).byteLength).toBeGreaterThan(5_000)
  })

  it('is linked from the speaker’s page', async () => {
    expect((await page('/people/john-kirby')).html).toContain(`<a href="/quotes/${kirby.id}" aria-label="Permalink to the quote by John Kirby:`)
  })

  it('of a quote in a subscriber story not said in public shows who said it and the story, not the words', async () => {
    const { status, html } = await page(`/quotes/${withheld.id}`)
    expect(status).toBe(200)
    expect(html).not.toContain(withheld.text)
    expect(html).toContain('A quote of <a href="/people/john-kirby">John Kirby</a>')
    expect(html).toContain('A subscriber story with a private quote')
  })

  it('answers 404 for a quote of a draft, one that does not exist, or an id that is not one', async () => {
    for (const id of [ofDraft.id, 999_999, 'not-an-id!', 'x'.repeat(100)]) {
      const { status, html } = await page(`/quotes/${encodeURIComponent(String(id))}`)
      expect([id, status]).toEqual([id, 404])
      expect(html).not.toContain(ofDraft.text)
    }
  })
})
