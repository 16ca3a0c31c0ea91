// `npm run screenshots`: docs/screenshots/*.png from the production build on a fresh seed.
import fs from 'node:fs'

import { DEMO_LOGINS, DEMO_PASSWORD, MAIN_STORY_SLUG } from '../seed/constants'
import { launchBrowser } from '../tests/support/chromium'
import { linkIn, startMailbox, waitForEmail } from '../tests/support/mailbox'
import { prepareProductionBuild, startNewsroom } from '../tests/support/server'

import { readersMorning } from './readersMorning'

const out = new URL('../docs/screenshots/', import.meta.url)
fs.mkdirSync(out, { recursive: true })

// The reader confirms their address from the emailed link before subscribing.
const mailbox = await startMailbox()
prepareProductionBuild()
const newsroom = await startNewsroom({ email: mailbox.env })
const browser = await launchBrowser()
try {
  const context = await browser.newContext({ baseURL: newsroom.url, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const shot = (name: string, fullPage = false) => page.screenshot({ path: new URL(`${name}.png`, out).pathname, fullPage })
  // Lazy images below the fold load only when scrolled to.
  const loadAllImages = async () => {
    await page.evaluate(() => document.querySelectorAll('img').forEach((image) => image.setAttribute('loading', 'eager')))
    await page.waitForLoadState('networkidle')
  }
  await page.goto('/')
  await shot('home')
  await page.goto(`/articles/${MAIN_STORY_SLUG}`)
  await shot('story')
  await loadAllImages()
  await shot('story-full', true)
  // Use up the free articles on other stories, then come back: the gate.
  for (const slug of ['edmundo-novillo-bolivia-defense-minister-profile', 'washington-wary-of-iranian-drones-for-bolivia']) {
    await page.goto(`/articles/${slug}`)
  }
  await shot('last-free-article')
  await page.goto('/articles/how-bolivia-says-it-would-use-iranian-drones')
  await page.locator('[data-testid="gate-panel"]').scrollIntoViewIfNeeded()
  await shot('gate')

  // A reader account: registration with a mistake, the account page, the plans, then a subscriber.
  await page.goto('/register')
  await page.getByLabel('Name').fill('Rosa Reader')
  await page.getByLabel('Email').fill('rosa@example')
  await page.getByLabel('Password').fill('short')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.locator('#email-error').waitFor()
  await shot('register-errors')
  await page.getByLabel('Email').fill('rosa@example.com')
  await page.getByLabel('Password').fill('a long reader password')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.waitForURL('**/account')
  await shot('account-free')
  const confirmation = await waitForEmail(mailbox.dir, 'rosa@example.com', { subject: /confirm your email/i })
  await page.goto(linkIn(confirmation, `${newsroom.url}/verify?token=`))
  await page.goto('/subscribe')
  await shot('subscribe')
  await page.getByRole('button', { name: 'Subscribe monthly' }).click()
  await page.waitForURL('**/account?subscribed=1')
  await shot('account-subscriber')
  await page.goto('/search?q=Ashtiani')
  await loadAllImages()
  await shot('search', true)
  await page.goto('/people/edmundo-novillo')
  await loadAllImages()
  await shot('person')

  const morning = await readersMorning(browser, newsroom.url)
  console.log(`a morning of readers: ${JSON.stringify(morning)}`)

  // The newsroom: the desk, the numbers, the story in the editor with its quotes in place, the importer.
  const admin = await browser.newContext({ baseURL: newsroom.url, viewport: { width: 1400, height: 1000 } })
  const desk = await admin.newPage()
  const adminShot = (name: string, fullPage = false) => desk.screenshot({ path: new URL(`${name}.png`, out).pathname, fullPage })
  await desk.goto('/admin/login')
  await desk.locator('#field-email').fill(DEMO_LOGINS.editor.email)
  await desk.locator('#field-password').fill(DEMO_PASSWORD)
  await desk.locator('button[type="submit"]').click()
  await desk.waitForURL((url) => url.pathname === '/admin')
  await adminShot('admin-desk')
  // The layer writes its tallies every 2 s, a row at a time (stats/flush.ts): a morning's take ~5 s.
  await desk.waitForTimeout(10_000)
  await desk.reload()
  await desk.getByTestId('newsroom-numbers').scrollIntoViewIfNeeded()
  await desk.locator('svg.recharts-surface').first().waitFor()
  await desk.getByTestId('newsroom-numbers').screenshot({ path: new URL('admin-numbers.png', out).pathname })
  const today = new Date().toISOString().slice(0, 10)
  const numbers = await desk.evaluate(async (day) => (await fetch(`/api/stats?from=${day}&to=${day}`)).json(), today)
  console.log(`the numbers after it: ${JSON.stringify(numbers.totals)}`)
  await desk.goto('/admin/collections/articles?limit=10')
  await desk.getByRole('link', { name: /^Bolivia’s interest/ }).first().click()
  await desk.locator('.quote-editor-label').first().waitFor()
  await adminShot('admin-story-editor')
  await desk.goto('/admin/import-story')
  await desk.locator('#import-text').fill(fs.readFileSync(new URL('../seed/story.txt', import.meta.url), 'utf8'))
  await desk.getByRole('button', { name: 'Read the story' }).click()
  await desk.locator('#import-headline').waitFor()
  await adminShot('admin-import', true)
  await desk.goto('/admin/collections/search')
  await adminShot('admin-search-index')
  console.log(`screenshots written to ${out.pathname}`)
} finally {
  await browser.close()
  await newsroom.stop()
  await mailbox.stop()
}
