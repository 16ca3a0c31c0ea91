import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { linkIn, waitForEmail } from '../support/mailbox'
import { itRanIntoNoPolicyViolation, launchBrowser, newReader } from '../support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe('a reader who forgot their password', () => {
  it('asks for a link from the login page, follows it from the email, chooses a new password and is signed in', async () => {
    const { page, context } = await newReader(browser)
    await page.goto('/register')
    await page.getByLabel('Name').fill('Forgetful Reader')
    await page.getByLabel('Email').fill('forgetful-browser@example.com')
    await page.getByLabel('Password').fill('the first password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/account')
    await page.goto('/logout')
    await page.getByRole('button', { name: 'Log out' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto('/login')
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await page.waitForURL('**/forgot-password')
    await page.getByLabel('Email').fill('forgetful-browser@example.com')
    await page.getByRole('button', { name: 'Email me a link' }).click()
    await page.waitForURL('**/forgot-password?sent=1')
    await expect(page.getByRole('status').textContent()).resolves.toContain('If an account uses that address')

    const email = await waitForEmail(inject('mailDir'), 'forgetful-browser@example.com', { subject: /reset your password/i })
    await page.goto(linkIn(email, `${inject('baseURL')}/reset-password?token=`))
    await page.getByLabel('New password').fill('short')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await expect(page.locator('#password-error').textContent()).resolves.toBe('Use at least 10 characters.')
    await page.getByLabel('New password').fill('the second password')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.waitForURL('**/account?password=changed')
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Your new password is saved, and you are signed in.')
    await context.close()
  })
})

itRanIntoNoPolicyViolation()
