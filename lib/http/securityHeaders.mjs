/**
 * Sent with every response, pages, API and files alike: by Next (next.config.mjs), by its proxy
 * for the pages it renders (delivery/proxyHandler.ts), and by the layer in front of it that answers
 * reader pages itself (delivery/pageServer.ts). No page may be framed (the admin least of all:
 * clickjacking its Publish button), but the draft preview, which the admin's live preview shows
 * in a frame of its own origin. No plugin content, and no <base> pointing the page's relative
 * links elsewhere. No `form-action`: browsers apply it to the redirect to Stripe's checkout after
 * a form. HSTS only when the site is served over https.
 */
const CONTENT_POLICY = "object-src 'none'; base-uri 'self'"

/** The pages the admin's live preview shows in a frame. */
export const FRAMED_BY_SITE_PREFIX = '/preview/'

/**
 * @typedef {"'none'" | { nonce: string; development?: boolean }} ScriptPolicy
 * `'none'`: the page runs no script at all (the layer's pages: delivery/readerHtml.ts). A nonce:
 * Next renders the page for this request and puts the nonce on each of its scripts, inline ones
 * included; scripts those load are trusted in turn ('strict-dynamic': the admin's code splits).
 * `development` (`next dev`) also allows eval, which React's development build uses to rebuild
 * server stack traces (Next's CSP guide). Without either (API answers, files), no script policy.
 */

/**
 * `sandboxed`: a unique origin and no script, for uploaded files opened on their own.
 * @param {{ framedBy?: "'none'" | "'self'"; scripts?: ScriptPolicy; sandboxed?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const framedBy = options.framedBy ?? "'none'"
  const scripts = options.scripts
  const scriptSources =
    scripts === undefined || typeof scripts === 'string' ? scripts : `'nonce-${scripts.nonce}' 'strict-dynamic'${scripts.development ? " 'unsafe-eval'" : ''}`
  const scriptPolicy = scriptSources === undefined ? '' : `; script-src ${scriptSources}`
  return `frame-ancestors ${framedBy}; ${CONTENT_POLICY}${scriptPolicy}${options.sandboxed ? '; sandbox' : ''}`
}

/**
 * @param {string | undefined} siteUrl
 * @param {{ framedBy?: "'none'" | "'self'"; scripts?: ScriptPolicy; sandboxed?: boolean }} [options]
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
