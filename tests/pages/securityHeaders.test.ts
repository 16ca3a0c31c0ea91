import { describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'

import { Reader } from '../support/reader'

/** Headers every response carries: no framing, no sniffing, a sober referrer, no powerful features. */
function expectSecurityHeaders(response: Response, contentPolicy: string): void {
  expect(response.status).toBeLessThan(500)
  expect(response.headers.get('content-security-policy')).toBe(contentPolicy)
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('permissions-policy')).toContain('camera=()')
  expect(response.headers.get('x-powered-by')).toBeNull()
  // The test server runs on http: no HSTS there.
  expect(response.headers.get('strict-transport-security')).toBeNull()
}

describe('security headers', () => {
  it.each([
    ['a person’s page', '/people/edmundo-novillo'],
    ['the admin', '/admin/login'],
    ['the login page', '/login'],
    ['the plans', '/subscribe'],
    ['the REST API', '/api/articles?limit=1'],
    ['a missing page', '/no-such-page'],
    ['a feed', '/feed.xml'],
  ])('are sent with %s', async (_, path) => {
    expectSecurityHeaders(await new Reader().request(path, { redirect: 'manual' }), "frame-ancestors 'none'; object-src 'none'; base-uri 'self'")
  })

  it.each([
    ['the home page', '/'],
    ['a story', `/articles/${MAIN_STORY_SLUG}`],
  ])('are sent with %s, which also runs no script at all', async (_, path) => {
    expectSecurityHeaders(await new Reader().request(path, { redirect: 'manual' }), "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; script-src 'none'")
  })

  it('let the admin’s live preview frame the draft preview, on the same origin only', async () => {
    const response = await new Reader().request('/preview/articles/1', { redirect: 'manual' })
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'self'")
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
