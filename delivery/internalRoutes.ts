import { timingSafeEqual } from 'node:crypto'

import { hmacSign } from '@/lib/hmac'

/**
 * Routes only the proxy may request, so each page keeps one public address and the cache cannot
 * be used to skip the meter. Without the internal token a request gets the site's 404.
 */
export const INTERNAL_PREFIX = '/internal'

export const isInternalPath = (pathname: string): boolean =>
  pathname === INTERNAL_PREFIX || pathname.startsWith(`${INTERNAL_PREFIX}/`)

// A token derived from the secret; it never appears in a response.
const INTERNAL_REQUEST_HEADER = 'x-newsroom-internal'

const internalToken = (secret: string): Promise<string> => hmacSign(secret, 'internal-request:v1', 'internal-request')

export async function isInternalRequest(headers: Headers, secret: string): Promise<boolean> {
  const presented = Buffer.from(headers.get(INTERNAL_REQUEST_HEADER) ?? '')
  const expected = Buffer.from(await internalToken(secret))
  return presented.length === expected.length && timingSafeEqual(presented, expected)
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
    headers: { ...init.headers, [INTERNAL_REQUEST_HEADER]: await internalToken(server.PAYLOAD_SECRET) },
    // A redirect is an answer of its own (a page's other spelling), not something to follow.
    redirect: 'manual',
    signal: AbortSignal.timeout(INTERNAL_FETCH_TIMEOUT_MS),
  })
}
