import type { Browser, BrowserContext, Page } from 'playwright-core'
import { inject } from 'vitest'

export { CHROMIUM_PATH, launchBrowser } from '../support/chromium'

/** A fresh reader: their own cookies, the newsroom as base URL. */
export async function newReader(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: inject('baseURL'), viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' })
  return { context, page: await context.newPage() }
}
