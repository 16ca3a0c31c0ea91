import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'

import { chromeUserAgent } from './userAgent'

export { CHROMIUM_PATH, launchBrowser } from './chromium'

/** What Chromium refused under a page's Content-Security-Policy, in this test file's browser: a script, a frame, a plugin. */
const policyViolations: string[] = []

/** A fresh reader: their own cookies, the newsroom as base URL; `javaScriptEnabled: false` for a browser that runs no script. */
export async function newReader(browser: Browser, options: { javaScriptEnabled?: boolean; userAgent?: string; viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: inject('baseURL'),
    viewport: { width: 1280, height: 900 },
    timezoneId: 'UTC',
    locale: 'en-GB',
    // Headless Chromium names itself "HeadlessChrome", which the newsroom's numbers rightly leave out.
    userAgent: chromeUserAgent(browser.version()),
    ...options,
  })
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) policyViolations.push(`${message.page()?.url()}: ${message.text()}`)
  })
  return { context, page: await context.newPage() }
}

/**
 * The last test of a file: everything its readers and staff did ran under the pages' policies
 * without a refusal. A refused script may not break the flow a test follows, so it is asserted.
 */
export function itRanIntoNoPolicyViolation(): void {
  it('ran into no Content-Security-Policy violation on any page', () => {
    expect(policyViolations).toEqual([])
  })
}
