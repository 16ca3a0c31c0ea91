import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './lib/http/securityHeaders.mjs'

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
  // Shared through Redis when REDIS_URL is set, Next's own store otherwise (delivery/cacheHandler.mjs).
  cacheHandler: fileURLToPath(new URL('./delivery/cacheHandler.mjs', import.meta.url)),
  headers: async () => [
    // SITE_URL as the app is built. Next's pages carry inline scripts, so no script policy here:
    // that needs nonces (every page dynamic) or each page's hashes.
    { source: '/:path*', headers: securityHeaders(process.env.SITE_URL) },
    // Later rules win: the preview may be framed by the admin, on the same origin.
    { source: '/preview/:path*', headers: securityHeaders(process.env.SITE_URL, { framedBy: "'self'" }) },
    // An uploaded file is shown, never run: were one to slip past the upload checks, it gets no script and no origin.
    { source: '/api/media/file/:path*', headers: securityHeaders(process.env.SITE_URL, { scripts: "'none'", sandboxed: true }) },
  ],
  // `npm run typecheck` (CI) checks everything, tests included, once: the build need not check the app again.
  typescript: { ignoreBuildErrors: true },
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
