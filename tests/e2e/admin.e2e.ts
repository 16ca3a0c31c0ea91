import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_STAFF } from '@/seed/constants'

import { launchBrowser, newReader } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe('a journalist in the admin', () => {
  it('signs in, writes a story in the rich-text editor, publishes it, and readers see it on the home page', async () => {
    const { page, context } = await newReader(browser)
    const headline = `Newsroom test story ${Date.now()}`

    await page.goto('/admin/login')
    await page.locator('#field-email').fill(DEMO_STAFF.email)
    await page.locator('#field-password').fill(DEMO_STAFF.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin')

    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').fill(headline)
    await page.locator('#field-dek').fill('A standfirst typed in the admin.')
    await page.locator('#field-section').fill('Test desk')
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await page.keyboard.type('A first paragraph typed by a journalist.')

    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.waitForURL((url) => /\/admin\/collections\/articles\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'))

    const { page: readerPage, context: readerContext } = await newReader(browser)
    await readerPage.goto('/')
    await expect(readerPage.getByRole('link', { name: headline }).count()).resolves.toBe(1)
    await readerPage.getByRole('link', { name: headline }).click()
    await readerPage.waitForURL((url) => url.pathname.startsWith('/articles/'))
    await expect(readerPage.locator('.story-body').innerText()).resolves.toContain('A first paragraph typed by a journalist.')
    await readerContext.close()
    await context.close()
  })
})
