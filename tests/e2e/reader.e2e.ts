import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'

import { otherMeteredStories, seedStory } from '../support/stories'
import { itRanIntoNoPolicyViolation, launchBrowser, newReader } from '../support/browser'

const story = seedStory
let browser: Browser
let meteredSlugs: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  meteredSlugs = (await otherMeteredStories()).map((metered) => metered.slug)
})
afterAll(async () => browser?.close())

describe('a reader in the browser', () => {
  it('reads the story with its photos, quotes and the "other content" rail, and follows the rail', async () => {
    const { page, context } = await newReader(browser)
    await page.goto(`/articles/${MAIN_STORY_SLUG}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(story.headline)
    await expect(page.locator('.story-body p').count()).resolves.toBe(13)
    await expect(page.locator('figure img').count()).resolves.toBe(2)
    await expect(page.getByRole('heading', { name: 'Quoted in this story' }).isVisible()).resolves.toBe(true)

    const rail = page.getByRole('region', { name: 'Check out our other content' })
    const links = rail.getByRole('link')
    expect(await links.count()).toBeGreaterThanOrEqual(4)
    const target = await links.first().textContent()
    await links.first().click()
    await page.waitForURL((url) => !url.pathname.endsWith(MAIN_STORY_SLUG))
    await expect(page.locator('h1').textContent()).resolves.toBe(target)
    await context.close()
  })

  it('counts down the free articles, dismisses the notice with ×, then closes the story', async () => {
    const { page, context } = await newReader(browser)
    const notice = page.getByTestId('remaining-notice')

    for (const [index, slug] of meteredSlugs.slice(0, 3).entries()) {
      await page.goto(`/articles/${slug}`)
      const remaining = 2 - index
      await expect(notice.textContent()).resolves.toContain(
        remaining === 0
          ? 'This is your last free article. Subscribe for unlimited access.'
          : `You have ${remaining} free ${remaining === 1 ? 'article' : 'articles'} remaining. Subscribe for unlimited access.`,
      )
    }

    await notice.locator('label', { hasText: '×' }).click()
    await notice.waitFor({ state: 'hidden' })
    expect(await notice.isVisible()).toBe(false)

    await page.goto(`/articles/${MAIN_STORY_SLUG}`)
    await expect(page.getByTestId('gate-panel').isVisible()).resolves.toBe(true)
    const text = await page.locator('main').innerText()
    expect(text).toContain(story.paragraphs[0])
    expect(text).not.toContain(story.paragraphs[5])
    await expect(page.getByTestId('gate-panel').getByRole('link', { name: 'Subscribe' }).isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('reads with JavaScript off: dismisses the notice with × (by mouse, then by keyboard) and follows the rail', async () => {
    const { page, context } = await newReader(browser, { javaScriptEnabled: false })
    const notice = page.getByTestId('remaining-notice')
    await page.goto(`/articles/${MAIN_STORY_SLUG}`)
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
    await expect(page.locator('h1').textContent()).resolves.toBe(story.headline)
    await expect(notice.textContent()).resolves.toContain('You have 2 free articles remaining. Subscribe for unlimited access.')
    expect(await notice.isVisible()).toBe(true)
    await notice.locator('label', { hasText: '×' }).click()
    await notice.waitFor({ state: 'hidden' })

    // On to a metered story in the rail: a plain link, a page load.
    const rail = page.getByRole('region', { name: 'Check out our other content' })
    const next = rail.locator(meteredSlugs.map((slug) => `a[href="/articles/${slug}"]`).join(', ')).first()
    const title = await next.textContent()
    await next.click()
    await page.waitForURL((url) => !url.pathname.endsWith(MAIN_STORY_SLUG))
    await expect(page.locator('h1').textContent()).resolves.toBe(title)
    await expect(notice.textContent()).resolves.toContain('You have 1 free article remaining.')

    // From the notice's link, Tab reaches the ×'s checkbox, which shows its focus on the ×, and Space ticks it.
    await notice.getByRole('link').focus()
    await page.keyboard.press('Tab')
    const dismiss = page.getByRole('checkbox', { name: 'Dismiss' })
    expect(await dismiss.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await notice.locator('label').evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('solid')
    await page.keyboard.press('Space')
    await notice.waitFor({ state: 'hidden' })
    await context.close()
  })

  it('follows a speaker from the story to their page, opens one of their quotes with its share card, and goes on to their country', async () => {
    const { page, context } = await newReader(browser)
    await page.goto(`/articles/${MAIN_STORY_SLUG}`)
    await page.getByRole('region', { name: 'Quoted in this story' }).getByRole('link', { name: 'Edmundo Novillo', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/people/edmundo-novillo')
    await expect(page.locator('h1').textContent()).resolves.toBe('Edmundo Novillo')
    await expect(page.getByRole('link', { name: story.headline }).count()).resolves.toBeGreaterThan(0)
    // One of their quotes on its own page, with its share card.
    await page.getByRole('region', { name: 'On record' }).getByRole('link', { name: /^Permalink to the quote by Edmundo Novillo: “/ }).first().click()
    await page.waitForURL((url) => url.pathname.startsWith('/quotes/'))
    await expect(page.locator('blockquote').textContent()).resolves.toContain('My visit to Iran does not signify any threat')
    await expect(page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(/\/quotes\/[^/]+\/opengraph-image/)
    await page.getByRole('link', { name: 'Edmundo Novillo' }).click()
    await page.waitForURL((url) => url.pathname === '/people/edmundo-novillo')
    await page.locator('.dek').getByRole('link', { name: 'Bolivia' }).click()
    await page.waitForURL((url) => url.pathname === '/countries/bolivia')
    await expect(page.getByRole('link', { name: 'Edmundo Novillo' }).count()).resolves.toBeGreaterThan(0)
    await context.close()
  })
})

itRanIntoNoPolicyViolation()
