/**
 * Sent with every response, pages, API and files alike: by Next (next.config.mjs) and by the
 * layer in front of it that answers reader pages itself (delivery/pageServer.ts). No page may
 * be framed (the admin least of all: clickjacking its Publish button), but the draft preview,
 * which the admin's live preview shows in a frame of its own origin. No plugin content, and no
 * <base> pointing the page's relative links elsewhere. No `form-action`: browsers apply it to the
 * redirect to Stripe's checkout after a form. HSTS only when the site is served over https.
 */
export const CONTENT_POLICY = "object-src 'none'; base-uri 'self'"

/**
 * @param {string | undefined} siteUrl
 * @param {{ framedBy?: "'none'" | "'self'"; scripts?: "'none'" }} [options] `scripts: "'none'"` for a page that runs no script at all.
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(siteUrl, options = {}) {
  const framedBy = options.framedBy ?? "'none'"
  const scriptPolicy = options.scripts ? `; script-src ${options.scripts}` : ''
  return [
    { key: 'Content-Security-Policy', value: `frame-ancestors ${framedBy}; ${CONTENT_POLICY}${scriptPolicy}` },
    { key: 'X-Frame-Options', value: framedBy === "'self'" ? 'SAMEORIGIN' : 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
    ...((siteUrl ?? '').startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
