import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { itRanIntoNoPolicyViolation, launchBrowser, newReader } from '../support/browser'

const PHONE = { width: 390, height: 844 }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** The page's width and, when too wide, the elements that stick out: the message says what to fix. */
const widthOf = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.scrollWidth
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    return { width, wide }
  })

describe('the reader site on a 390 px phone', () => {
  it('fits the account page to the screen, with the delete button outlined, not solid like Subscribe', async () => {
    const { page, context } = await newReader(browser, { viewport: PHONE })
    await page.goto('/register')
    await page.getByLabel('Name').fill('Maximiliano Fernández de la Cruz Villanueva')
    await page.getByLabel('Email').fill('maximiliano.fernandez.delacruz.villanueva@example.com')
    await page.getByLabel('Password').fill('a long reader password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/account')
    const { width, wide } = await widthOf(page)
    expect(width, `wider than the phone: ${wide.join(', ')}`).toBeLessThanOrEqual(PHONE.width)
    for (const text of ['Maximiliano Fernández de la Cruz Villanueva', 'maximiliano.fernandez.delacruz.villanueva@example.com']) {
      const box = await page.locator('.account-details dd', { hasText: text }).boundingBox()
      expect(box!.x + box!.width, `${text} within the screen`).toBeLessThanOrEqual(PHONE.width)
    }

    const look = (name: string) =>
      page.getByRole('button', { name }).evaluate((button) => {
        const style = getComputedStyle(button)
        return { background: style.backgroundColor, border: style.borderTopWidth }
      })
    const remove = await look('Delete my account')
    expect(remove.background).toBe('rgba(0, 0, 0, 0)')
    expect(parseFloat(remove.border)).toBeGreaterThan(0)
    await page.goto('/subscribe')
    const subscribe = await page.locator('main .button:not(.button-secondary)').first().evaluate((button) => getComputedStyle(button).backgroundColor)
    expect(subscribe).not.toBe(remove.background)
    await context.close()
  })

  it('keeps the masthead compact: the first story starts within 100 px, under a menu of the sections', async () => {
    const { page, context } = await newReader(browser, { viewport: PHONE })
    await page.goto('/')
    const sections = page.getByRole('navigation', { name: 'Sections' }).getByRole('link')
    expect(await sections.count()).toBeGreaterThan(0)
    await expect(sections.first().getAttribute('href')).resolves.toMatch(/^\/sections\//)
    const header = await page.locator('.site-header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(100)
    const lead = await page.locator('main article').first().boundingBox()
    expect(lead!.y, 'the first story’s top').toBeLessThanOrEqual(100)
    expect((await widthOf(page)).width).toBeLessThanOrEqual(PHONE.width)

    // Every story card on the home page says when it was published.
    const cards = page.locator('main article')
    const count = await cards.count()
    expect(count).toBeGreaterThan(1)
    for (let index = 0; index < count; index += 1) {
      await expect(cards.nth(index).locator('time[datetime]').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d\d-\d\dT/)
    }

    // The section menu leads to the section's page.
    const name = (await sections.first().textContent())!
    await sections.first().click()
    await page.waitForURL((url) => url.pathname.startsWith('/sections/'))
    await expect(page.locator('h1').textContent()).resolves.toBe(name)
    await context.close()
  })
})

itRanIntoNoPolicyViolation()
