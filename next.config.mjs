import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { clientHintsForTheAdminOnly } from './lib/http/adminClientHints.mjs'
import { securityHeaders } from './lib/http/securityHeaders.mjs'

/**
 * Instances of one site must agree on the build id: their pages load each other's scripts.
 * NEWSROOM_BUILD_ID is for an image built without .git.
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
  cacheHandler: fileURLToPath(new URL('./delivery/cacheHandler.mjs', import.meta.url)),
  headers: async () => [
    // No script policy here: Next's inline scripts need nonces, which proxy.ts gives each page.
    { source: '/:path*', headers: securityHeaders(process.env.SITE_URL) },
    // Later rules win: the admin frames the preview, on the same origin.
    { source: '/preview/:path*', headers: securityHeaders(process.env.SITE_URL, { framedBy: "'self'" }) },
    // An uploaded file is shown, never run: were one to slip past the upload checks, it gets no script and no origin.
    { source: '/api/media/file/:path*', headers: securityHeaders(process.env.SITE_URL, { scripts: "'none'", sandboxed: true }) },
  ],
  // `npm run typecheck` (CI) checks everything, tests included, once.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // The meter must tell a prefetch from a read, and Next strips the router's headers from the proxy.
  skipProxyUrlNormalize: true,
  experimental: {
    // Cached copies depend on the database this process serves, so a restart starts afresh.
    isrFlushToDisk: false,
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = withPayloadConfig.headers

export default { ...withPayloadConfig, headers: async () => clientHintsForTheAdminOnly(await payloadHeaders()) }
