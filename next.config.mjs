import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
