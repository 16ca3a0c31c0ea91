import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { METER_COOKIE } from '@/paywall/meterCookie'
import { MAIN_STORY_SLUG } from '@/seed/constants'

import { linkIn, waitForEmail } from '../support/mailbox'
import { otherMeteredStories, seedStory } from '../support/stories'
import { itRanIntoNoPolicyViolation, launchBrowser, newReader } from '../support/browser'

const story = seedStory
const PASSWORD = 'a long reader password'
let browser: Browser
let meteredSlugs: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  meteredSlugs = (await otherMeteredStories()).map((metered) => metered.slug)
  expect(meteredSlugs.length).toBeGreaterThanOrEqual(5)
})
afterAll(async () => browser?.close())

const notice = (n: number) =>
  n === 0 ? 'This is your last free article. Subscribe for unlimited access.' : `You have ${n} free ${n === 1 ? 'article' : 'articles'} remaining. Subscribe for unlimited access.`

async function expectGated(page: Page) {
  await page.goto(`/articles/${MAIN_STORY_SLUG}`)
  await expect(page.getByTestId('gate-panel').isVisible()).resolves.toBe(true)
  const text = await page.locator('main').innerText()
  expect(text).toContain(story.paragraphs[1])
  expect(text).not.toContain(story.paragraphs[5])
}

describe('a reader with an account', () => {
  it('registers, uses up the free articles, subscribes through the demo provider, reads everything, logs out and is gated again', async () => {
    const { page, context } = await newReader(browser)

    // Registration: errors stand next to their fields and the form keeps what was typed.
    await page.goto('/register')
    await page.getByLabel('Name').fill('Rosa Reader')
    await page.getByLabel('Email').fill('rosa@example')
    await page.getByLabel('Password').fill('short')
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.locator('#email-error').textContent()).resolves.toBe('Enter a valid email address, like name@example.com.')
    await expect(page.locator('#password-error').textContent()).resolves.toBe('Use at least 10 characters.')
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('Rosa Reader')

    await page.getByLabel('Email').fill('rosa@example.com')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/account')
    await expect(page.getByTestId('account-plan').textContent()).resolves.toBe('Free account')
    await expect(page.getByTestId('account-meter').textContent()).resolves.toBe('0 of 5 read')

    // A free account reads five stories, counted on the account.
    for (const [index, slug] of meteredSlugs.slice(0, 5).entries()) {
      await page.goto(`/articles/${slug}`)
      await expect(page.getByTestId('remaining-notice').textContent()).resolves.toContain(notice(4 - index))
    }
    await expectGated(page)
    await expect(page.getByRole('link', { name: 'Log in' }).first().isVisible()).resolves.toBe(true)

    // Clearing cookies other than the session does not reset an account's meter.
    await context.clearCookies({ name: METER_COOKIE })
    await expectGated(page)
    await page.goto('/account')
    await expect(page.getByTestId('account-meter').textContent()).resolves.toMatch(/^5 of 5 read; renews on /)

    // Subscribe from the gate, through the demo provider, which says what it does.
    await page.goto(`/articles/${MAIN_STORY_SLUG}`)
    await page.getByTestId('gate-panel').getByRole('link', { name: 'Subscribe' }).click()
    await page.waitForURL('**/subscribe**')
    await expect(page.getByTestId('provider-notice').textContent()).resolves.toContain('nothing is charged')

    // The plans wait for the address: the link emailed at registration confirms it.
    await expect(page.getByTestId('confirm-first').isVisible()).resolves.toBe(true)
    const confirmation = await waitForEmail(inject('mailDir'), 'rosa@example.com', { subject: /confirm your email/i })
    await page.goto(linkIn(confirmation, `${inject('baseURL')}/verify?token=`))
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your email address is confirmed')
    await page.getByRole('link', { name: 'See the plans' }).click()
    await page.waitForURL('**/subscribe')
    await page.getByRole('button', { name: 'Subscribe monthly' }).click()
    await page.waitForURL('**/account?subscribed=1')
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Your subscription is active')
    await expect(page.getByTestId('account-plan').textContent()).resolves.toBe('Subscriber')

    // Everything is open, with neither the countdown nor the gate.
    for (const slug of [MAIN_STORY_SLUG, ...meteredSlugs]) {
      await page.goto(`/articles/${slug}`)
      expect(await page.getByTestId('gate-panel').count()).toBe(0)
      expect(await page.getByTestId('remaining-notice').count()).toBe(0)
    }
    await page.goto(`/articles/${MAIN_STORY_SLUG}`)
    const text = await page.locator('main').innerText()
    for (const paragraph of story.paragraphs) expect(text).toContain(paragraph)

    // Logged out, the browser keeps the account's count: no fresh allowance, the story is gated again.
    await page.goto('/logout')
    await page.getByRole('button', { name: 'Log out' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expectGated(page)
    await page.goto(`/articles/${meteredSlugs[0]}`)
    await expect(page.getByTestId('remaining-notice').textContent()).resolves.toContain('You have used your free articles.')

    // Logging back in brings the subscription back; a wrong password gets a message, not a page error.
    await page.goto('/login')
    await page.getByLabel('Email').fill('rosa@example.com')
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Log in' }).click()
    await expect(page.locator('.form-error').textContent()).resolves.toBe('That email and password do not match an account.')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL('**/account')
    await expect(page.getByTestId('account-plan').textContent()).resolves.toBe('Subscriber')
    await context.close()
  })

  it('refuses a second account for the same email, next to the field', async () => {
    const { page, context } = await newReader(browser)
    for (const attempt of [1, 2]) {
      await page.goto('/register')
      await page.getByLabel('Name').fill(`Twin ${attempt}`)
      await page.getByLabel('Email').fill('twin@example.com')
      await page.getByLabel('Password').fill(PASSWORD)
      await page.getByRole('button', { name: 'Create account' }).click()
      if (attempt === 1) {
        await page.waitForURL('**/account')
        await page.goto('/logout')
        await page.getByRole('button', { name: 'Log out' }).click()
        await page.waitForURL((url) => url.pathname === '/')
      }
    }
    await expect(page.locator('#email-error').textContent()).resolves.toBe('An account with this email already exists. Log in instead.')
    await context.close()
  })
})

itRanIntoNoPolicyViolation()
