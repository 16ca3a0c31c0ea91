import type { Browser, BrowserContext, Page } from 'playwright-core'
import { inject } from 'vitest'

export { CHROMIUM_PATH, launchBrowser } from '../support/chromium'

/** A fresh reader: their own cookies, the newsroom as base URL; `javaScriptEnabled: false` for a browser that runs no script. */
export async function newReader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: inject('baseURL'), viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', ...options })
  return { context, page: await context.newPage() }
}
