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

const BASE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
const NONCE_POLICY = /^frame-ancestors 'none'; object-src 'none'; base-uri 'self'; script-src 'nonce-([A-Za-z0-9+/=]{22,})' 'strict-dynamic'$/

/** The page's own scripts (not its structured data), and the nonce each carries (null: none). */
const scriptNonces = (html: string): (string | null)[] =>
  (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !tag.includes('application/ld+json')).map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? null)

describe('security headers', () => {
  it.each([
    ['the REST API', '/api/articles?limit=1'],
    ['robots.txt', '/robots.txt'],
  ])('are sent with %s', async (_, path) => {
    expectSecurityHeaders(await new Reader().request(path, { redirect: 'manual' }), BASE_POLICY)
  })

  it.each([
    ['the home page', '/'],
    ['a story', `/articles/${MAIN_STORY_SLUG}`],
    ['a person’s page', '/people/edmundo-novillo'],
    ['a country’s page', '/countries/bolivia'],
    ['the index of people', '/people'],
  ])('are sent with %s, which also runs no script at all', async (_, path) => {
    const response = await new Reader().request(path, { redirect: 'manual' })
    expectSecurityHeaders(response, `${BASE_POLICY}; script-src 'none'`)
    expect(response.status).toBe(200)
    // Nothing for the policy to refuse: no script element but structured data, no inline handler.
    const html = await response.text()
    expect(scriptNonces(html)).toEqual([])
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i)
  })

  it.each([
    ['the login page', '/login'],
    ['the plans', '/subscribe'],
    ['search', '/search?q=drones'],
    ['the page after an account is deleted', '/account/deleted'],
    ['a missing page', '/no-such-page'],
    ['a missing person', '/people/no-such-person'],
    ['the admin', '/admin/login'],
  ])('are sent with %s, whose scripts run only with the nonce of this response', async (_, path) => {
    const nonces: string[] = []
    for (const attempt of [1, 2]) {
      const response = await new Reader().request(path, { redirect: 'manual' })
      const policy = response.headers.get('content-security-policy') ?? ''
      expect(policy, `attempt ${attempt}`).toMatch(NONCE_POLICY)
      expectSecurityHeaders(response, policy)
      const nonce = NONCE_POLICY.exec(policy)![1]
      const scripts = scriptNonces(await response.text())
      expect(scripts.length).toBeGreaterThan(0)
      expect(new Set(scripts)).toEqual(new Set([nonce]))
      nonces.push(nonce)
    }
    // A fresh nonce for each response: one read from a page cannot be used on the next.
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('let the admin’s live preview frame the draft preview, on the same origin only', async () => {
    const response = await new Reader().request('/preview/articles/1', { redirect: 'manual' })
    expect(response.headers.get('content-security-policy')).toMatch(
      /^frame-ancestors 'self'; object-src 'none'; base-uri 'self'; script-src 'nonce-[^']+' 'strict-dynamic'$/,
    )
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('open an uploaded file sandboxed, with no script and no sniffing', async () => {
    const { docs } = (await (await new Reader().get('/api/media?limit=1')).json()) as { docs: { url: string }[] }
    const src = new URL(docs[0].url, 'http://site').pathname
    expect(src).toMatch(/^\/api\/media\/file\//)
    const response = await new Reader().request(src, { redirect: 'manual' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\//)
    expectSecurityHeaders(response, `${BASE_POLICY}; script-src 'none'; sandbox`)
  })
})
