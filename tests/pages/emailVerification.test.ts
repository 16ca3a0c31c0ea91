import { beforeAll, describe, expect, inject, it } from 'vitest'

import { emailsTo, linkIn, waitForEmail } from '../support/mailbox'
import { decodeEntities, Reader, READER_PASSWORD, signedInStaff } from '../support/reader'
import { otherMeteredStories } from '../support/stories'

const CONFIRM_FIRST = 'Confirm your email address to subscribe'
const UNUSABLE = 'This confirmation link cannot be used'

/** A reader who registered through the form, without JavaScript: signed in, their address not yet confirmed. */
async function registered(email: string): Promise<Reader> {
  const reader = new Reader()
  const response = await reader.submitForm('/register', { name: 'New Reader', email, password: READER_PASSWORD })
  expect(response.status).toBe(303)
  return reader
}

async function confirmationPath(email: string): Promise<string> {
  const link = new URL(linkIn(await waitForEmail(inject('mailDir'), email, { subject: /confirm your email/i }), `${inject('baseURL')}/verify?token=`))
  return `${link.pathname}${link.search}`
}

describe('a new reader', () => {
  it('is emailed a confirmation link, reads as a free account meanwhile, and may subscribe once the link is followed', async () => {
    const reader = await registered('confirm-me@example.com')

    // Unconfirmed: signed in, metered as a free account (five reads), but not offered the plans.
    const [story] = await otherMeteredStories()
    expect(await reader.html(`/articles/${story.slug}`)).toContain('You have 4 free articles remaining.')
    const account = await reader.html('/account')
    expect(account).toContain('Free account')
    expect(account).toContain('not confirmed yet')
    const plans = await reader.html('/subscribe')
    expect(plans).toContain(CONFIRM_FIRST)
    expect(plans).not.toContain('Subscribe monthly')

    const path = await confirmationPath('confirm-me@example.com')
    const confirmed = await reader.html(path)
    expect(confirmed).toContain('Your email address is confirmed')
    expect(await reader.html('/account')).not.toContain('not confirmed yet')
    expect(await reader.html('/subscribe')).toContain('Subscribe monthly')
    // Following the link again (a mail program's preview, a second click) is no error.
    expect(await new Reader().html(path)).toContain('Your email address is confirmed')
  })

  it('can have the confirmation email sent again from the plans page', async () => {
    const reader = await registered('resend-me@example.com')
    await waitForEmail(inject('mailDir'), 'resend-me@example.com')
    const response = await reader.submitForm('/subscribe', {})
    expect(response.status).toBe(200)
    expect(decodeEntities(await response.text())).toContain('We have sent the link again to resend-me@example.com.')
    await expect.poll(() => emailsTo(inject('mailDir'), 'resend-me@example.com').length, { timeout: 20_000 }).toBe(2)
    const links = emailsTo(inject('mailDir'), 'resend-me@example.com').map((email) => linkIn(email, `${inject('baseURL')}/verify?token=`))
    // Either link confirms the address.
    expect(await reader.html(new URL(links[0]).pathname + new URL(links[0]).search)).toContain('Your email address is confirmed')
  })

  it('is refused a second link within the minute: nothing is sent, and the form says when to ask again', async () => {
    const reader = await registered('resend-twice@example.com')
    await waitForEmail(inject('mailDir'), 'resend-twice@example.com')
    expect(decodeEntities(await (await reader.submitForm('/subscribe', {})).text())).toContain('We have sent the link again')
    await expect.poll(() => emailsTo(inject('mailDir'), 'resend-twice@example.com').length, { timeout: 20_000 }).toBe(2)

    const refused = await reader.submitForm('/subscribe', {})
    expect(refused.status).toBe(200)
    expect(decodeEntities(await refused.text())).toMatch(
      /We sent the link to resend-twice@example\.com a short while ago; look for it there\. You can ask again in \d+ seconds?\./,
    )
    // Sent after the answer, were it sent at all: give it the time the first one took.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(emailsTo(inject('mailDir'), 'resend-twice@example.com')).toHaveLength(2)
  })

  it.each([
    ['no token', '/verify'],
    ['a garbled token', '/verify?token=%3Cscript%3E'],
    ['a token in an array', '/verify?token=1.abc.x&token=2.abc.y'],
    ['a token this server did not sign', `/verify?token=1.${(Date.now() + 86_400_000).toString(36)}.${'a'.repeat(43)}`],
  ])('answers a confirmation link with %s by a 404 page that says what to do', async (_case, path) => {
    const response = await new Reader().get(path)
    expect(response.status).toBe(404)
    expect(decodeEntities(await response.text())).toContain(UNUSABLE)
  })

  it('answers a plain POST to /verify without a server error', async () => {
    const response = await new Reader().request('/verify', {
      method: 'POST',
      body: 'token=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    })
    expect(response.status).toBeGreaterThanOrEqual(200)
    expect(response.status).toBeLessThan(500)
  })
})

describe('the confirmation of an address', () => {
  it('is never written by the reader: only the link (or staff) confirms it', async () => {
    const reader = await registered('self-confirm@example.com')
    const me = (await (await reader.get('/api/readers/me')).json()) as { user: { id: number; emailVerifiedAt?: string | null } }
    expect(me.user.emailVerifiedAt ?? null).toBeNull()
    await reader.send('PATCH', `/api/readers/${me.user.id}`, { emailVerifiedAt: new Date().toISOString() })
    expect(await reader.html('/subscribe')).toContain(CONFIRM_FIRST)
    const staff = await signedInStaff()
    const byStaff = await staff.send('PATCH', `/api/readers/${me.user.id}`, { emailVerifiedAt: new Date().toISOString() })
    expect(byStaff.status).toBe(200)
    expect(await reader.html('/subscribe')).toContain('Subscribe monthly')
  })

  it('is cleared when the reader changes their address through the API: the new one must be confirmed', async () => {
    const reader = await registered('first-address@example.com')
    await reader.html(await confirmationPath('first-address@example.com'))
    const me = (await (await reader.get('/api/readers/me')).json()) as { user: { id: number } }
    const changed = await reader.send('PATCH', `/api/readers/${me.user.id}`, { email: 'second-address@example.com' })
    expect(changed.status).toBe(200)
    expect(await reader.html('/subscribe')).toContain(CONFIRM_FIRST)
  })
})
