import { beforeAll, describe, expect, inject, it } from 'vitest'

import { INCOMPLETE_FORM_HEADING } from '@/delivery/plainPages'

import { linkIn, waitForEmail } from '../support/mailbox'
import { createReaderAccount, decodeEntities, Reader, readerLogin, signedInStaff } from '../support/reader'

const NEW_PASSWORD = 'a brand new password'
const SENT = 'If an account uses that address, we have emailed it a link to choose a new password.'
const UNUSABLE = 'This reset link cannot be used'

let staff: Reader
beforeAll(async () => {
  staff = await signedInStaff()
})

/** The path and query of the reset link emailed to `email` (the site's own address: SITE_URL). */
async function emailedResetPath(email: string): Promise<string> {
  const message = await waitForEmail(inject('mailDir'), email, { subject: /reset your password/i })
  const link = new URL(linkIn(message, `${inject('baseURL')}/reset-password?token=`))
  return `${link.pathname}${link.search}`
}

describe('a reader who forgot their password', () => {
  it('asks for a link without JavaScript, follows it from the email, chooses a new password and is signed in', async () => {
    await createReaderAccount(staff, 'forgot@example.com')
    const login = await new Reader().html('/login')
    expect(login).toContain('href="/forgot-password"')

    const reader = new Reader()
    const asked = await reader.submitForm('/forgot-password', { email: 'Forgot@Example.com' })
    expect(asked.status).toBe(303)
    expect(asked.headers.get('location')).toBe('/forgot-password?sent=1')
    expect(await reader.html('/forgot-password?sent=1')).toContain(SENT)

    const resetPath = await emailedResetPath('forgot@example.com')
    expect(await reader.html(resetPath)).toContain('Choose a new password')
    const saved = await reader.submitForm(resetPath, { password: NEW_PASSWORD })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('location')).toBe('/account?password=changed')
    expect(reader.cookies.has('payload-token')).toBe(true)
    const account = await reader.html('/account?password=changed')
    expect(account).toContain('Your new password is saved, and you are signed in.')
    expect(account).toContain('forgot@example.com')

    expect((await readerLogin('forgot@example.com', NEW_PASSWORD)).response.status).toBe(200)
    expect((await readerLogin('forgot@example.com')).response.status).toBe(401)

    // Spent: the link now leads to a page saying so, with a way to ask again.
    const spent = await new Reader().get(resetPath)
    expect(spent.status).toBe(404)
    const html = decodeEntities(await spent.text())
    expect(html).toContain(UNUSABLE)
    expect(html).toContain('Ask for a new link')
  })

  it('gets the same answer for an address with no account: the form tells nobody who has one', async () => {
    await createReaderAccount(staff, 'has-one@example.com')
    const answers = await Promise.all(
      ['has-one@example.com', 'has-none@example.com'].map(async (email) => {
        const response = await new Reader().submitForm('/forgot-password', { email })
        return { status: response.status, location: response.headers.get('location') }
      }),
    )
    expect(answers[0]).toEqual({ status: 303, location: '/forgot-password?sent=1' })
    expect(answers[1]).toEqual(answers[0])
  })

  it("is sent to the site's form by Payload's own endpoint (which would answer only once the email is sent)", async () => {
    await createReaderAccount(staff, 'rest-forgot@example.com')
    const response = await new Reader().send('POST', '/api/readers/forgot-password', { email: 'rest-forgot@example.com' })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('Ask for a reset link on the /forgot-password page.')
  })

  it('answers a malformed address next to the field', async () => {
    const response = await new Reader().submitForm('/forgot-password', { email: 'not@@an-address' })
    expect(response.status).toBe(200)
    expect(decodeEntities(await response.text())).toContain('Enter a valid email address, like name@example.com.')
  })

  it.each([
    ['no token', '/reset-password'],
    ['a garbled token', '/reset-password?token=%3Cscript%3E'],
    ['a token in an array', `/reset-password?token=${'a'.repeat(40)}&token=${'b'.repeat(40)}`],
    ['a well-formed token nobody was given', `/reset-password?token=${'0'.repeat(40)}`],
  ])('answers a reset link with %s by a 404 page that says what to do', async (_case, path) => {
    const response = await new Reader().get(path)
    expect(response.status).toBe(404)
    expect(decodeEntities(await response.text())).toContain(UNUSABLE)
  })

  it('refuses a new password posted with a token that does not work, on the page, and signs nobody in', async () => {
    await createReaderAccount(staff, 'swapped-token@example.com')
    const reader = new Reader()
    await reader.submitForm('/forgot-password', { email: 'swapped-token@example.com' })
    const resetPath = await emailedResetPath('swapped-token@example.com')
    const response = await reader.submitForm(resetPath, { password: NEW_PASSWORD, token: '0'.repeat(40) })
    expect(response.status).toBe(200)
    expect(decodeEntities(await response.text())).toContain('This reset link has expired or has already been used. Ask for a new one.')
    expect(reader.cookies.has('payload-token')).toBe(false)
    expect((await readerLogin('swapped-token@example.com', NEW_PASSWORD)).response.status).toBe(401)
  })

  it.each(['/forgot-password', `/reset-password?token=${'0'.repeat(40)}`])('answers a form post to %s that arrives cut short with a 400 page', async (path) => {
    const boundary = '----newsroom-test'
    const response = await new Reader().request(path, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'next-action': '0123456789abcdef' },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nsomeone@exa`,
      redirect: 'manual',
    })
    expect(response.status).toBe(400)
    expect(decodeEntities(await response.text())).toContain(INCOMPLETE_FORM_HEADING)
  })

  it.each(['/forgot-password', `/reset-password?token=${'0'.repeat(40)}`])(
    'answers a plain POST to %s (no form action) without a server error',
    async (path) => {
      const response = await new Reader().request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'email=a%40b.example',
        redirect: 'manual',
      })
      expect(response.status).toBeGreaterThanOrEqual(200)
      expect(response.status).toBeLessThan(500)
    },
  )
})

describe('a staff member who forgot their password', () => {
  it("gets the admin's reset link by the same email, and it works", async () => {
    const email = 'forgetful-staff@example.com'
    const created = await staff.send('POST', '/api/users', { name: 'Forgetful Staff', email, password: 'the old staff password', role: 'contributor' })
    expect(created.status).toBe(201)

    const asked = await new Reader().send('POST', '/api/users/forgot-password', { email })
    expect(asked.status).toBe(200)
    const message = await waitForEmail(inject('mailDir'), email)
    const link = new URL(linkIn(message, `${inject('baseURL')}/admin/reset/`))
    expect((await new Reader().get(link.pathname)).status).toBe(200)

    const token = link.pathname.split('/').pop()
    const reset = await new Reader().send('POST', '/api/users/reset-password', { token, password: 'the new staff password' })
    expect(reset.status).toBe(200)
    const login = await new Reader().send('POST', '/api/users/login', { email, password: 'the new staff password' })
    expect(login.status).toBe(200)
  })
})
