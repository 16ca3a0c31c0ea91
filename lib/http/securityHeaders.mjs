/**
 * No page may be framed (clickjacking the admin's Publish button), but the draft preview,
 * which the admin shows in a frame of its own origin. No `form-action`: browsers apply it
 * to the redirect to Stripe's checkout after a form.
 */
const CONTENT_POLICY = "object-src 'none'; base-uri 'self'"

export const FRAMED_BY_SITE_PREFIX = '/preview/'

/**
 * @typedef {"'none'" | { nonce: string; development?: boolean }} ScriptPolicy
 * `'none'` for the layer's pages, which carry no script. A nonce trusts what Next wrote for this
 * request, and 'strict-dynamic' what that loads (the admin's code splits). `development` allows
 * eval, which React's development build needs for server stack traces.
 */

/**
 * @param {{ framedBy?: "'none'" | "'self'"; scripts?: ScriptPolicy }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const framedBy = options.framedBy ?? "'none'"
  const scripts = options.scripts
  const scriptSources =
    scripts === undefined || typeof scripts === 'string' ? scripts : `'nonce-${scripts.nonce}' 'strict-dynamic'${scripts.development ? " 'unsafe-eval'" : ''}`
  const scriptPolicy = scriptSources === undefined ? '' : `; script-src ${scriptSources}`
  return `frame-ancestors ${framedBy}; ${CONTENT_POLICY}${scriptPolicy}`
}

/**
 * @param {string | undefined} siteUrl
 * @param {{ framedBy?: "'none'" | "'self'"; scripts?: ScriptPolicy }} [options]
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(siteUrl, options = {}) {
  const framedBy = options.framedBy ?? "'none'"
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Frame-Options', value: framedBy === "'self'" ? 'SAMEORIGIN' : 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
    ...((siteUrl ?? '').startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
