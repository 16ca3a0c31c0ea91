import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  experimental: {
    // Story renderings are cached in this server's memory only: they depend on the
    // database this process serves, and a restart (or a publish) starts them afresh.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
