import { hmacMatches, hmacSign } from '@/lib/hmac'
import { ruleKeyOfPath } from '@/lib/http/canonicalPath'

/**
 * Routes only the proxy may request, so each page keeps one public address and the cache cannot
 * be used to skip the meter. Without the internal token a request gets the site's 404.
 */
export const INTERNAL_PREFIX = '/internal'

/** Whatever the letters' case: a router that matched `/Internal/…` must meet the same guard. */
export const isInternalPath = (pathname: string): boolean => {
  const key = ruleKeyOfPath(pathname)
  return key === INTERNAL_PREFIX || key.startsWith(`${INTERNAL_PREFIX}/`)
}

// A token derived from the secret; it never appears in a response.
const INTERNAL_REQUEST_HEADER = 'x-newsroom-internal'

const INTERNAL_PURPOSE = 'internal-request:v1'
const internalToken = (secret: string): string => hmacSign(secret, INTERNAL_PURPOSE, 'internal-request')

export async function isInternalRequest(headers: Headers, secret: string): Promise<boolean> {
  return hmacMatches(secret, INTERNAL_PURPOSE, 'internal-request', headers.get(INTERNAL_REQUEST_HEADER) ?? '')
}

const INTERNAL_FETCH_TIMEOUT_MS = 5_000

export type OwnServer = { PORT: number; PAYLOAD_SECRET: string }

export async function internalFetch(
  path: `${typeof INTERNAL_PREFIX}/${string}`,
  server: OwnServer,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.PORT}${path}`, {
    ...init,
    headers: { ...init.headers, [INTERNAL_REQUEST_HEADER]: internalToken(server.PAYLOAD_SECRET) },
    // A redirect is an answer of its own (a page's other spelling), not something to follow.
    redirect: 'manual',
    signal: AbortSignal.timeout(INTERNAL_FETCH_TIMEOUT_MS),
  })
}
