/**
 * Story pages, the home page and the other pages the same for every reader (people,
 * countries, authors, sections, quotes) ship no JavaScript (delivery/readerHtml.ts): no
 * script, inline or not, and no preload of one, for any variant a reader can get; the
 * structured data stays. Their one interaction, the notice's ×, works without a script.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { isSharedReaderPage } from '@/delivery/sharedPages'
import { METER_COOKIE, signMeter } from '@/paywall/meterCookie'
import { MAIN_STORY_SLUG } from '@/seed/constants'

import { TEST_SECRET } from '../support/server'
import { createReaderAccount, Reader, readerLogin, signedInStaff } from '../support/reader'
import { publishedStories } from '../support/stories'

const storyPath = `/articles/${MAIN_STORY_SLUG}`

/** Every `<script>` start tag but the structured data's, and every link that preloads a script. */
const executableScripts = (html: string): string[] => (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => tag !== '<script type="application/ld+json">')
const scriptPreloads = (html: string): string[] => html.match(/<link\b[^>]*(?:modulepreload|as="script")[^>]*>/gi) ?? []
const jsonLd = (html: string): unknown[] => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(([, json]) => JSON.parse(json))

async function gatedReader(): Promise<Reader> {
  const reader = new Reader()
  reader.cookies.set(METER_COOKIE, await signMeter({ windowStart: Date.now() - 60_000, readArticleIds: ['901', '902', '903'] }, TEST_SECRET))
  return reader
}

async function subscriber(): Promise<Reader> {
  await createReaderAccount(await signedInStaff(), 'no-scripts-subscriber@example.com', {
    subscription: { plan: 'subscriber', status: 'active', currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000).toISOString() },
  })
  const { reader, response } = await readerLogin('no-scripts-subscriber@example.com')
  expect(response.status).toBe(200)
  return reader
}

let freeStoryPath: string

beforeAll(async () => {
  freeStoryPath = `/articles/${(await publishedStories()).find((story) => story.freeToRead)!.slug}`
})

describe('a story page', () => {
  it.each([
    ['a first-time reader (metered)', () => Promise.resolve(new Reader()), 'data-testid="remaining-notice"'],
    ['a reader with no free articles left (gated)', gatedReader, 'data-testid="gate-panel"'],
    ['a subscriber (full)', subscriber, 'Quoted in this story'],
  ])('reaches %s with no script and no script preload, its structured data whole', async (_, visitor, marks) => {
    const response = await (await visitor()).get(storyPath)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(marks)
    expect(executableScripts(html)).toEqual([])
    expect(scriptPreloads(html)).toEqual([])
    expect(html).not.toMatch(/\.js["?]/)
    expect(html).not.toContain('__next_f')
    expect(jsonLd(html).map((data) => (data as { '@type': string })['@type'])).toEqual(['NewsArticle', 'BreadcrumbList'])
    // Still styled.
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]+\.css"/)
  })

  it('reaches anyone with no script when the story is free to read', async () => {
    const html = await new Reader().html(freeStoryPath)
    expect(executableScripts(html)).toEqual([])
    expect(scriptPreloads(html)).toEqual([])
    expect(jsonLd(html)).toHaveLength(2)
  })

  it('dismisses the free-articles notice with no script: its × is the label of a checkbox named Dismiss, which hides the notice', async () => {
    const html = await new Reader().html(storyPath)
    const notice = html.match(/<aside class="remaining-notice" aria-label="Free articles" data-testid="remaining-notice">[\s\S]*?<\/aside>/)?.[0]
    expect(notice).toContain('<a href="/subscribe">You have 2 free articles remaining. Subscribe for unlimited access.</a>')
    expect(notice).toMatch(/<input type="checkbox" id="remaining-notice-dismiss" class="remaining-notice-dismiss visually-hidden" aria-label="Dismiss"\/>/)
    expect(notice).toMatch(/<label for="remaining-notice-dismiss" class="remaining-notice-close" aria-hidden="true">×<\/label>/)
    const css = await (await new Reader().get(html.match(/<link rel="stylesheet" href="([^"]+)"/)![1])).text()
    expect(css).toMatch(/\.remaining-notice:has\(\.remaining-notice-dismiss:checked\)\s*\{\s*display:\s*none/)
  })

  it('still answers Next’s router (RSC) requests, which the change leaves alone', async () => {
    const response = await new Reader().get(storyPath, { RSC: '1' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/x-component')
  })
})

describe('the home page', () => {
  it('reaches readers with no script and no script preload', async () => {
    const html = await new Reader().html('/')
    expect(html).toContain('class="lead-story"')
    expect(executableScripts(html)).toEqual([])
    expect(scriptPreloads(html)).toEqual([])
    expect(html).not.toContain('__next_f')
  })
})

describe('the pages the same for every reader', () => {
  it('reach readers with no script and no script preload, and are answered by the layer (script-src none)', async () => {
    const links = [...(await new Reader().html(storyPath)).matchAll(/href="(\/[^"#?]*)"/g)].map(([, href]) => href)
    const sharedPages = [...new Set(['/people', '/countries', ...links.filter(isSharedReaderPage)])]
    // The story links its people, countries, sections and quotes (an author's page: tests/pages/authors.test.ts).
    for (const prefix of ['/people/', '/countries/', '/sections/', '/quotes/'])
      expect(
        sharedPages.some((path) => path.startsWith(prefix)),
        prefix,
      ).toBe(true)
    for (const path of sharedPages) {
      const response = await new Reader().get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'none'")
      const html = await response.text()
      expect(executableScripts(html), path).toEqual([])
      expect(scriptPreloads(html), path).toEqual([])
      expect(html, path).not.toContain('__next_f')
      expect(html, path).toMatch(/<link rel="stylesheet" href="[^"]+\.css"/)
    }
  })
})
