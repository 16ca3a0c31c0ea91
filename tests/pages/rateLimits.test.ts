import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TOO_MANY_ATTEMPTS_HEADING } from '@/delivery/plainPages'
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/seed/constants'

import { Reader } from '../support/reader'
import { startNewsroom, type RunningNewsroom } from '../support/server'

// Its own server, on the default limits (the suite's runs with RATE_LIMIT_SCALE=1000): every request comes from 127.0.0.1.
let newsroom: RunningNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom({ env: { RATE_LIMIT_SCALE: '1' } })
})

afterAll(async () => {
  await newsroom?.stop()
})

const TOO_MANY = /^Too many attempts from your address; try again in (\d+) seconds?\.$/

describe('the rate limit on logins', () => {
  it('lets ten attempts a minute through, answers the eleventh with a 429 that says when to come back, and is not fooled by X-Forwarded-For', async () => {
    const client = new Reader(newsroom.url)
    const wrongLogin = (headers: Record<string, string> = {}) =>
      client.request('/api/readers/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'a wrong guess' }),
      })
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await wrongLogin()
      await response.arrayBuffer()
      expect([400, 401]).toContain(response.status)
    }

    const limited = await wrongLogin()
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(limited.headers.get('cache-control')).toBe('no-store')
    expect(limited.headers.get('x-content-type-options')).toBe('nosniff')
    expect(limited.headers.get('content-type')).toMatch(/^application\/json/)
    const { errors } = (await limited.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toMatch(TOO_MANY)

    // No proxy is trusted here: whatever the client writes into the header, it is the same client.
    const spoofed = await wrongLogin({ 'x-forwarded-for': '198.51.100.23' })
    await spoofed.arrayBuffer()
    expect(spoofed.status).toBe(429)

    // Staff logins share the count, and a refused login is not tried at all: the right password gets no session either.
    const staff = new Reader(newsroom.url)
    const refused = await staff.send('POST', '/api/users/login', { email: DEMO_LOGINS.admin.email, password: DEMO_PASSWORD })
    await refused.arrayBuffer()
    expect(refused.status).toBe(429)
    expect(staff.cookies.has('payload-token')).toBe(false)

    // Reading is not limited.
    expect((await client.get('/')).status).toBe(200)
    expect((await client.get('/login')).status).toBe(200)
  })
})

describe('the rate limit on password resets', () => {
  it('answers the sixth reset form in ten minutes with a readable 429 page, and leaves the form page itself alone', async () => {
    const client = new Reader(newsroom.url)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client.submitForm('/forgot-password', { email: `reset-${attempt}@example.com` })
      await response.arrayBuffer()
      expect(response.status).toBe(303)
    }
    const limited = await client.submitForm('/forgot-password', { email: 'reset-6@example.com' })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60)
    expect(limited.headers.get('cache-control')).toBe('no-store')
    expect(limited.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(limited.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await limited.text()
    expect(html).toContain(`<h1>${TOO_MANY_ATTEMPTS_HEADING}</h1>`)
    expect(html).toMatch(/try again in \d+ seconds/)
    expect(html).toContain('href="/forgot-password"')

    expect((await client.get('/forgot-password')).status).toBe(200)
  })
})
