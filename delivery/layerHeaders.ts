import type { ServerEnv } from '@/lib/platform/env'
import { securityHeaders } from '@/lib/http/securityHeaders.mjs'

let headers: Record<string, string> | undefined

/**
 * The headers of every response the layer in front of Next sends itself (pageServer.ts,
 * rateLimits.ts): the same ones Next sends with its pages (next.config.mjs), and no script may
 * run: those pages carry none (delivery/readerHtml.ts), so an injected one is refused too.
 */
export const layerHeaders = (env: ServerEnv): Record<string, string> =>
  (headers ??= Object.fromEntries(securityHeaders(env.SITE_URL, { scripts: "'none'" }).map(({ key, value }) => [key.toLowerCase(), value])))
