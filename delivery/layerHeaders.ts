import type { ServerEnv } from '@/lib/platform/env'
import { securityHeaders } from '@/lib/http/securityHeaders.mjs'

let headers: Record<string, string> | undefined

/**
 * The layer's own responses carry Next's security headers, and allow no script:
 * its pages have none (delivery/readerHtml.ts), so an injected one is refused too.
 */
export const layerHeaders = (env: ServerEnv): Record<string, string> =>
  (headers ??= Object.fromEntries(securityHeaders(env.SITE_URL, { scripts: "'none'" }).map(({ key, value }) => [key.toLowerCase(), value])))
