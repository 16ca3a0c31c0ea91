import type { Browser, Page, Response } from 'playwright-core'

import type { StaffRole } from '@/collections/Users/roles'
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/seed/constants'

import { newReader } from './browser'

/** A staff member signed in to /admin with their demo login, on the desk. */
export async function signInToAdmin(browser: Browser, role: StaffRole) {
  const session = await newReader(browser)
  const { page } = session
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(DEMO_LOGINS[role].email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return session
}

/** Picks `option` in a select or relationship field (react-select), typing to find it. */
export async function choose(page: Page, field: string, option: string) {
  await page.locator(`${field} .rs__control`).first().click()
  await page.keyboard.type(option)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/**
 * Starts a story: headline, standfirst, section and a first paragraph. With autosave on,
 * the first change creates the draft, and the address moves from /create to the story's.
 */
export async function startStory(page: Page, story: { headline: string; paragraph: string }) {
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(story.headline)
  await page.locator('#field-dek').fill('A standfirst typed in the admin.')
  await choose(page, '#field-section', 'Test')
  await bodyEditor(page).click()
  await page.keyboard.type(story.paragraph)
  await page.waitForURL((url) => /\/admin\/collections\/articles\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'))
}

export const bodyEditor = (page: Page) => page.locator('[data-lexical-editor="true"]').first()

/** Resolves on the first autosave whose body holds `text`: earlier ones may still be in flight. */
export function autosaveOf(page: Page, text: string): Promise<Response> {
  return page.waitForResponse(
    (response) => response.url().includes('autosave=true') && (response.request().postData() ?? '').includes(text) && response.ok(),
  )
}

/** Saves a document's edit view and waits for the admin to say it was saved. */
export async function save(page: Page) {
  const saved = page.waitForResponse((response) => response.request().method() !== 'GET' && /\/api\/[^/]+\/[^/?]+/.test(response.url()))
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const response = await saved
  if (!response.ok()) throw new Error(`save answered ${response.status()}: ${await response.text()}`)
}

/** Publishes the story open in the edit view, now. */
export async function publish(page: Page) {
  const published = page.waitForResponse(
    (response) => response.request().method() !== 'GET' && response.url().includes('/api/articles/') && !response.url().includes('autosave=true'),
  )
  await page.getByRole('button', { name: 'Publish changes' }).click()
  const response = await published
  if (!response.ok()) throw new Error(`publish answered ${response.status()}: ${await response.text()}`)
}
