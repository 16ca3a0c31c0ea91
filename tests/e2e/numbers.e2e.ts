import fs from 'node:fs'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_PAYWALL_SETTINGS } from '@/paywall/settings'

import { publishTestStory, signedInStaff, type Reader } from '../support/reader'
import { signInToAdmin } from '../support/adminSession'
import { itRanIntoNoPolicyViolation, launchBrowser, newReader } from '../support/browser'
import { chromeUserAgent } from '../support/userAgent'

// What an editor sees on the admin's home once readers have read a story in their browsers.
const today = new Date().toISOString().slice(0, 10)
/** The stats issue: an event is in the numbers within 10 seconds. */
const VISIBLE_WITHIN_MS = 10_000
const READERS = 2
const ANONYMOUS_ALLOWANCE = DEFAULT_PAYWALL_SETTINGS.freeArticles

let browser: Browser
let editorApi: Reader
let story: { id: string | number; slug: string; title: string }
// Tagged in the story alone, so the dashboard's people list shows exactly its reads.
let personName: string
// Read first by the reader who then meets the gate on `story`: the anonymous allowance.
let before: { slug: string }[]

beforeAll(async () => {
  browser = await launchBrowser()
  const journalist = await signedInStaff('journalist')
  editorApi = await signedInStaff('editor')
  const title = `Counted in the browser ${Date.now()}`
  personName = `Counted Person ${Date.now()}`
  const person = (await (await journalist.send('POST', '/api/people', { name: personName })).json()) as { doc: { id: string | number } }
  story = { ...(await publishTestStory(journalist, title, 'Read by two browsers.', { people: [person.doc.id] })), title }
  before = []
  for (let index = 1; index <= ANONYMOUS_ALLOWANCE; index++) before.push(await publishTestStory(journalist, `Read before the gate ${index} ${Date.now()}`, 'A free read.'))
})
afterAll(async () => browser?.close())

type StoryCounts = { slug: string; reads: number; gatesShown: number; gateClicks: number }
const countsOfStory = async (): Promise<StoryCounts | undefined> => {
  const { stories } = (await (await editorApi.get(`/api/stats?from=${today}&to=${today}`)).json()) as { stories: StoryCounts[] }
  return stories.find((each) => each.slug === story.slug)
}

describe('the numbers on the admin’s home', () => {
  it('show an editor the reads of a story, in the chart and the lists, the story’s own sidebar and a CSV download', async () => {
    // Two people: the unique count tells browsers apart by a salted hash of address and browser only.
    for (let index = 0; index < READERS; index++) {
      const userAgent = chromeUserAgent(`${browser.version()}.${index}`)
      const { page, context } = await newReader(browser, { userAgent })
      await page.goto(`/articles/${story.slug}`)
      await expect(page.locator('h1').textContent()).resolves.toBe(story.title)
      await context.close()
    }
    // A third uses up the allowance elsewhere, meets the gate on the story and clicks Subscribe, once.
    const gated = await newReader(browser, { userAgent: chromeUserAgent(`${browser.version()}.9`) })
    for (const { slug } of before) await gated.page.goto(`/articles/${slug}`)
    await gated.page.goto(`/articles/${story.slug}`)
    await gated.page.getByTestId('gate-panel').getByRole('link', { name: 'Subscribe', exact: true }).click()
    await gated.page.waitForURL((url) => url.pathname !== `/articles/${story.slug}` && !url.pathname.startsWith('/go/'))
    await gated.context.close()

    const expected = { slug: story.slug, reads: READERS, gatesShown: 1, gateClicks: 1 }
    const started = Date.now()
    let counts = await countsOfStory()
    const arrived = (seen: StoryCounts | undefined) => (Object.keys(expected) as (keyof StoryCounts)[]).every((key) => seen?.[key] === expected[key])
    while (!arrived(counts) && Date.now() - started < VISIBLE_WITHIN_MS) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      counts = await countsOfStory()
    }
    expect(counts, 'two reads, one gate shown and one click on it, each counted once').toMatchObject(expected)

    const { page, context } = await signInToAdmin(browser, 'editor')
    const numbers = page.getByTestId('newsroom-numbers')
    await numbers.waitFor()
    await expect(numbers.locator('p').first().innerText()).resolves.toMatch(/^Every story, this week/)
    // The chart library drew its charts: reads per day and the referrer mix.
    await numbers.locator('svg.recharts-surface').first().waitFor()
    const topStories = numbers.locator('.newsroom-dashboard__list', { hasText: 'Top stories this week' })
    await expect(topStories.locator('li', { hasText: story.title }).innerText()).resolves.toContain(`${READERS} reads, ${READERS} readers, 1 gate`)
    const people = numbers.locator('.newsroom-dashboard__list', { hasText: 'People readers read most' })
    await expect(people.locator('li', { hasText: personName }).innerText()).resolves.toContain(`${READERS} reads`)
    const readsRow = numbers.locator('tr', { has: page.locator('th', { hasText: /^Reads$/ }) })
    expect(Number(await readsRow.locator('td').first().innerText())).toBeGreaterThanOrEqual(READERS)

    const [download] = await Promise.all([page.waitForEvent('download'), numbers.getByRole('link', { name: 'Download as CSV' }).click()])
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv.split('\r\n')[0]).toBe('"slug","title","reads","uniqueReaders","gatesShown","gateClicks","registrations","subscriptions"')
    expect(csv).toContain(`"${story.slug}","${story.title}","${READERS}","${READERS}","1","1","0","0"`)

    await page.goto(`/admin/collections/articles/${story.id}`)
    const sidebar = page.getByTestId('story-numbers')
    await sidebar.waitFor()
    await expect(sidebar.locator('tr', { hasText: 'Unique readers' }).locator('td').innerText()).resolves.toBe(String(READERS))
    await context.close()
  })

  it('show the journalist who wrote it their own stories', async () => {
    const { page, context } = await signInToAdmin(browser, 'journalist')
    const numbers = page.getByTestId('newsroom-numbers')
    await numbers.waitFor()
    await expect(numbers.locator('p').first().innerText()).resolves.toMatch(/^Your stories, this week/)
    await expect(numbers.locator('li', { hasText: story.title }).innerText()).resolves.toContain(`${READERS} reads`)
    await context.close()
  })
})

itRanIntoNoPolicyViolation()
