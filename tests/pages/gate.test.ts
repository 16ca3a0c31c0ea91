import { beforeAll, describe, expect, it } from 'vitest'

import { METER_COOKIE } from '@/paywall/meterCookie'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { paragraphNode, paywallBreakNode, richTextDocument } from '@/reader/richText'

import { decodeEntities, Reader, signedInStaff, testSectionId } from '../support/reader'
import { otherMeteredStories, piecesOf, publishedStories, seedStory, type PublishedStory } from '../support/stories'

const mainPath = `/articles/${MAIN_STORY_SLUG}`
/** Paragraphs after the default opening of two, as the pieces a page writes them in. */
const withheld = piecesOf(seedStory.paragraphs.slice(2))
const notice = (n: number) =>
  n === 0 ? 'This is your last free article. Subscribe for unlimited access.' : `You have ${n} free ${n === 1 ? 'article' : 'articles'} remaining. Subscribe for unlimited access.`

let others: PublishedStory[]
let freeStory: PublishedStory

beforeAll(async () => {
  others = await otherMeteredStories()
  freeStory = (await publishedStories()).find((story) => story.freeToRead)!
  expect(others.length).toBeGreaterThanOrEqual(3)
  expect(freeStory).toBeDefined()
})

/** A reader who has used all three free articles on other stories. */
async function exhaustedReader(): Promise<Reader> {
  const reader = new Reader()
  for (const story of others.slice(0, 3)) await reader.html(`/articles/${story.slug}`)
  return reader
}

describe('the metered gate', () => {
  it('counts down the free articles across stories', async () => {
    const reader = new Reader()
    for (const [index, story] of others.slice(0, 3).entries()) {
      const html = await reader.html(`/articles/${story.slug}`)
      expect(html).toContain(notice(2 - index))
      expect(html).not.toContain('data-testid="gate-panel"')
    }
  })

  it('withholds the rest of the story once the free articles are used', async () => {
    const reader = await exhaustedReader()
    const html = await reader.html(mainPath)
    expect(html).toContain('data-testid="gate-panel"')
    // Inside the gate panel, not the site header's own Subscribe link.
    expect(html).toMatch(/data-testid="gate-panel"[\s\S]*?<a class="button" href="\/go\/subscribe\?from=[^"]*">Subscribe<\/a>/)
    expect(html).not.toContain('data-testid="remaining-notice"')
    expect(html).toContain(seedStory.paragraphs[0])
    expect(html).toContain(seedStory.paragraphs[1])
    for (const paragraph of withheld) expect(html).not.toContain(paragraph)
    // All five quotes are marked in the withheld text: none may be.
    expect(html).not.toContain('class="quote-inline"')
    // Quotes come from the withheld text, so they are withheld too.
    expect(html).not.toContain('Quoted in this story')
  })

  it('keeps the withheld paragraphs out of the React Server Component payload', async () => {
    const reader = await exhaustedReader()
    for (const request of [
      reader.get(mainPath, { RSC: '1' }),
      reader.get(`${mainPath}?_rsc=abc12`, { RSC: '1', 'Next-Router-State-Tree': '%5B%22%22%2C%7B%7D%5D' }),
    ]) {
      const response = await request
      expect(response.status).toBe(200)
      const payload = await response.text()
      expect(payload).toContain(seedStory.paragraphs[0])
      for (const paragraph of withheld) expect(payload).not.toContain(paragraph)
    }
    // A router prefetch gets the page's frame only: the story renders per request, when the reader navigates.
    const prefetch = await reader.get(mainPath, { 'Next-Router-Prefetch': '1', RSC: '1' })
    expect(prefetch.status).toBe(200)
    const frame = await prefetch.text()
    for (const paragraph of [seedStory.paragraphs[0], ...withheld]) expect(frame).not.toContain(paragraph)
  })

  it('lets a reader re-read a story already counted, at no cost', async () => {
    const reader = await exhaustedReader()
    const html = await reader.html(`/articles/${others[0].slug}`)
    expect(html).toContain('You have used your free articles. Subscribe for unlimited access.')
    expect(html).not.toContain('last free article')
    expect(html).not.toContain('data-testid="gate-panel"')
  })

  it('never meters a story marked free to read', async () => {
    const reader = await exhaustedReader()
    const html = await reader.html(`/articles/${freeStory.slug}`)
    expect(html).not.toContain('data-testid="gate-panel"')
    expect(html).not.toContain('data-testid="remaining-notice"')
    expect((await new Reader().html(`/articles/${freeStory.slug}`))).not.toContain('free articles remaining')
  })

  it.each([
    ['Next’s router', { 'Next-Router-Prefetch': '1', RSC: '1' }],
    ['an older browser (Purpose)', { Purpose: 'prefetch' }],
    ['Chrome and the Fetch standard (Sec-Purpose)', { 'Sec-Purpose': 'prefetch' }],
    ['a speculative prerender', { 'Sec-Purpose': 'prefetch;prerender' }],
  ])('does not count a prefetch by %s as a read, nor give it the withheld text', async (_, headers: Record<string, string>) => {
    const reader = new Reader()
    const prefetch = await (await reader.get(mainPath, headers)).text()
    for (const paragraph of withheld) expect(prefetch).not.toContain(paragraph)
    expect(await reader.html(mainPath)).toContain(notice(2))
  })

  it('treats a tampered meter cookie as a fresh reader, never as more reads', async () => {
    const reader = await exhaustedReader()
    const [body, signature] = reader.cookies.get(METER_COOKIE)!.split('.')
    const emptied = Buffer.from(JSON.stringify({ v: 1, s: Date.now(), r: [] })).toString('base64url')
    expect(emptied).not.toBe(body)
    reader.cookies.set(METER_COOKIE, `${emptied}.${signature}`)
    const html = await reader.html(mainPath)
    expect(html).toContain(notice(2))
    reader.cookies.set(METER_COOKIE, 'garbage')
    expect(await reader.html(`/articles/${others[1].slug}`)).toContain(notice(2))
  })

  it.each([
    ['truncated', (cookie: string) => cookie.slice(0, -12)],
    ['oversized', (cookie: string) => `${cookie}${'A'.repeat(6_000)}`],
    ['unsigned', (cookie: string) => cookie.split('.')[0]],
  ])('treats a %s meter cookie as a fresh reader, with the page and not an error', async (_case, spoil) => {
    const reader = await exhaustedReader()
    reader.cookies.set(METER_COOKIE, spoil(reader.cookies.get(METER_COOKIE)!))
    const response = await reader.get(`/articles/${others[2].slug}`)
    expect(response.status).toBe(200)
    expect(decodeEntities(await response.text())).toContain(notice(2))
  })

  it('rewinds a replayed old cookie no further than a fresh reader: the cookie meter is per browser', async () => {
    // Documented in docs/decisions/002: anonymous meters can be replayed or cleared;
    // accounts keep theirs on the server (tests/e2e/accounts.e2e.ts clears cookies to show it).
    const reader = new Reader()
    await reader.html(`/articles/${others[0].slug}`)
    const afterOneRead = reader.cookies.get(METER_COOKIE)!
    for (const story of others.slice(1, 3)) await reader.html(`/articles/${story.slug}`)
    reader.cookies.set(METER_COOKIE, afterOneRead)
    expect(await reader.html(mainPath)).toContain(notice(1))
  })

  it("ends the opening where the journalist put the paywall break", async () => {
    const staff = await signedInStaff()
    const created = await staff.send('POST', '/api/articles', {
      title: 'A story with a paywall break after its first paragraph',
      dek: 'The break decides.',
      section: await testSectionId(),
      body: richTextDocument([paragraphNode('Only this paragraph is free.'), paywallBreakNode(), paragraphNode('Behind the break.'), paragraphNode('Also behind it.')]),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { slug } = ((await created.json()) as { doc: { slug: string } }).doc
    const html = await (await exhaustedReader()).html(`/articles/${slug}`)
    expect(html).toContain('Only this paragraph is free.')
    expect(html).toContain('data-testid="gate-panel"')
    expect(html).not.toContain('Behind the break.')
  })

  it('keeps the per-reader page out of shared caches and the meter cookie away from scripts', async () => {
    const reader = new Reader()
    const response = await reader.get(mainPath)
    expect(response.headers.get('cache-control')).toMatch(/private|no-store/)
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i)
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=lax/i)
  })
})
