import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, securityHeaders } from '@/lib/http/securityHeaders.mjs'

describe('the Content-Security-Policy', () => {
  it('lets no page be framed, load plugins or move its base, and says nothing of scripts when none is asked for', () => {
    expect(contentSecurityPolicy()).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'")
  })

  it('lets a page that runs no script run none', () => {
    expect(contentSecurityPolicy({ scripts: "'none'" })).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; script-src 'none'")
  })

  it('lets a page Next renders run only the scripts carrying its nonce, and what they load', () => {
    expect(contentSecurityPolicy({ scripts: { nonce: 'bm9uY2U=' } })).toBe(
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; script-src 'nonce-bm9uY2U=' 'strict-dynamic'",
    )
  })

  it('lets React’s development build (next dev) evaluate code, and only it', () => {
    expect(contentSecurityPolicy({ scripts: { nonce: 'n', development: true } })).toMatch(/; script-src 'nonce-n' 'strict-dynamic' 'unsafe-eval'$/)
    expect(contentSecurityPolicy({ scripts: { nonce: 'n', development: false } })).not.toContain('unsafe-eval')
  })

  it('lets the preview be framed by the site itself', () => {
    expect(contentSecurityPolicy({ framedBy: "'self'", scripts: { nonce: 'n' } })).toMatch(/^frame-ancestors 'self'; /)
    expect(securityHeaders(undefined, { framedBy: "'self'" })).toContainEqual({ key: 'X-Frame-Options', value: 'SAMEORIGIN' })
  })

  it('sends HSTS only when the site is served over https', () => {
    expect(securityHeaders('https://news.example').map(({ key }) => key)).toContain('Strict-Transport-Security')
    expect(securityHeaders('http://127.0.0.1:3000').map(({ key }) => key)).not.toContain('Strict-Transport-Security')
  })
})
