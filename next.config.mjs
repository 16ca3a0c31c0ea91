import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Sent with every response, pages, API and files alike. No page may be framed (the admin
 * least of all: clickjacking its Publish button), but the draft preview, which the admin's
 * live preview shows in a frame of its own origin. No plugin content, and no <base> pointing
 * the page's relative links elsewhere. A Content-Security-Policy for scripts is not set yet:
 * Next's inline scripts need nonces (every page dynamic) or each cached page's hashes.
 * No `form-action`: browsers apply it to the redirect to Stripe's checkout after a form.
 * HSTS only when the site is served over https (SITE_URL, read when the app is built).
 */
const CONTENT_POLICY = "object-src 'none'; base-uri 'self'"
const securityHeaders = [
  { key: 'Content-Security-Policy', value: `frame-ancestors 'none'; ${CONTENT_POLICY}` },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
  ...((process.env.SITE_URL ?? '').startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/**
 * Instances serving one site must agree on the build id (their pages load each other's
 * scripts, and the shared page cache is kept per build): NEWSROOM_BUILD_ID when set (an image
 * built without .git), else the commit built. Null, outside a git checkout, lets Next choose.
 */
function buildId() {
  if (process.env.NEWSROOM_BUILD_ID) return process.env.NEWSROOM_BUILD_ID
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  generateBuildId: buildId,
  // Shared through Redis when REDIS_URL is set, Next's own store otherwise (cacheHandler.mjs).
  cacheHandler: fileURLToPath(new URL('./cacheHandler.mjs', import.meta.url)),
  headers: async () => [
    { source: '/:path*', headers: securityHeaders },
    // Later rules win: the preview may be framed by the admin, on the same origin.
    {
      source: '/preview/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: `frame-ancestors 'self'; ${CONTENT_POLICY}` },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
  ],
  // The build checks the app only; `npm run typecheck` (in CI) checks everything, tests included.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  images: { unoptimized: true },
  // Let proxy.ts see the router's own headers (Next-Router-Prefetch, RSC): the meter must
  // know a prefetch from a read, and Next strips those headers from the proxy by default.
  skipProxyUrlNormalize: true,
  experimental: {
    // Story variants are cached in this server's memory only: they depend on the
    // database this process serves, and a restart (or a publish) starts them afresh.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
