import { describe, expect, it } from 'vitest'

import { ACCOUNT_FORM_PATHS } from '@/delivery/formPosts'
import { tooManyAttemptsPage } from '@/delivery/plainPages'
import { limitedPost, RATE_LIMIT_RULES } from '@/delivery/rateLimits'

describe('the requests the rate limits count', () => {
  it('are the posts of logins, registration, password resets and the webhook', () => {
    expect(limitedPost('POST', '/api/readers/login')?.rule).toBe(RATE_LIMIT_RULES.login)
    expect(limitedPost('POST', '/api/users/login?depth=0')?.rule).toBe(RATE_LIMIT_RULES.login)
    expect(limitedPost('POST', '/api/readers')?.rule).toBe(RATE_LIMIT_RULES.registration)
    expect(limitedPost('POST', '/api/users/forgot-password')?.rule).toBe(RATE_LIMIT_RULES.passwordReset)
    expect(limitedPost('POST', '/webhooks/stripe')?.rule).toBe(RATE_LIMIT_RULES.webhook)
    for (const form of ['/login', '/register', '/forgot-password', '/reset-password'] as const) {
      expect(ACCOUNT_FORM_PATHS).toContain(form)
      expect(limitedPost('POST', form)).not.toBeNull()
    }
  })

  it('are found however the path is spelled, as the app would route it', () => {
    expect(limitedPost('POST', '/api/readers/%6Cogin')).toEqual({ path: '/api/readers/login', rule: RATE_LIMIT_RULES.login })
    expect(limitedPost('POST', '//api//readers/login/')?.path).toBe('/api/readers/login')
  })

  it('are not page loads, other posts, or an address with a broken escape', () => {
    expect(limitedPost('GET', '/login')).toBeNull()
    expect(limitedPost('POST', '/account')).toBeNull()
    expect(limitedPost('POST', '/api/readers/me')).toBeNull()
    expect(limitedPost('POST', '/api/readers/login%')).toBeNull()
  })

  it('past their limit get a readable page that says when to come back', () => {
    const { html, init } = tooManyAttemptsPage('/forgot-password', 42)
    expect(init.status).toBe(429)
    expect(init.headers).toMatchObject({ 'retry-after': '42', 'cache-control': 'no-store' })
    expect(html).toContain('<h1>Too many attempts</h1>')
    expect(html).toContain('try again in 42 seconds')
    expect(html).toContain('href="/forgot-password"')
  })
})
