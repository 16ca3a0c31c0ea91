import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_LOGINS, DEMO_PASSWORD } from '@/seed/constants'

import { launchBrowser, newReader } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe('a journalist in the admin', () => {
  it('signs in, writes a story, saves a draft, previews it, publishes it, and readers see it on the home page', async () => {
    const { page, context } = await newReader(browser)
    const headline = `Newsroom test story ${Date.now()}`

    await page.goto('/admin/login')
    await page.locator('#field-email').fill(DEMO_LOGINS.journalist.email)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin')

    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').fill(headline)
    await page.locator('#field-dek').fill('A standfirst typed in the admin.')
    // Sections are a list the editors keep: the journalist picks one.
    await page.locator('#field-section .rs__control').click()
    await page.keyboard.type('Test')
    await page.locator('.rs__option', { hasText: 'Test' }).first().click()
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await page.keyboard.type('A first paragraph typed by a journalist.')

    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL((url) => /\/admin\/collections\/articles\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'))

    // The draft is not on the site yet, but the journalist can preview it.
    const { page: early, context: earlyContext } = await newReader(browser)
    await early.goto('/')
    expect(await early.getByRole('link', { name: headline }).count()).toBe(0)
    await earlyContext.close()
    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview', exact: true }).click()])
    await preview.waitForLoadState()
    await expect(preview.locator('h1').textContent()).resolves.toBe(headline)
    await expect(preview.getByRole('status').textContent()).resolves.toContain('Preview of the latest draft')
    await preview.close()

    await page.getByRole('button', { name: 'Publish changes' }).click()

    // The save completes in the background; the home page must show the story within seconds.
    const { page: readerPage, context: readerContext } = await newReader(browser)
    const deadline = Date.now() + 15_000
    do {
      await readerPage.goto('/')
    } while ((await readerPage.getByRole('link', { name: headline }).count()) === 0 && Date.now() < deadline)
    await expect(readerPage.getByRole('link', { name: headline }).count()).resolves.toBe(1)
    await readerPage.getByRole('link', { name: headline }).click()
    await readerPage.waitForURL((url) => url.pathname.startsWith('/articles/'))
    await expect(readerPage.locator('.story-body').innerText()).resolves.toContain('A first paragraph typed by a journalist.')
    await readerContext.close()
    await context.close()
  })
})
