import { timingSafeEqual } from 'node:crypto'

/**
 * The proxy fetches cached renderings from its own server, through paths readers
 * may not request. Its requests carry this header with a token derived from the
 * secret; it never appears in a response.
 */
export const INTERNAL_REQUEST_HEADER = 'x-newsroom-internal'

let token: { secret: string; value: Promise<string> } | undefined

export function internalRequestToken(secret: string): Promise<string> {
  if (token?.secret !== secret) {
    token = {
      secret,
      value: (async () => {
        const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
        const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('internal-rendering-request:v1'))
        return Buffer.from(signature).toString('base64url')
      })(),
    }
  }
  return token.value
}

export async function isInternalRequest(headers: Headers, secret: string): Promise<boolean> {
  const presented = Buffer.from(headers.get(INTERNAL_REQUEST_HEADER) ?? '')
  const expected = Buffer.from(await internalRequestToken(secret))
  return presented.length === expected.length && timingSafeEqual(presented, expected)
}

const INTERNAL_FETCH_TIMEOUT_MS = 5_000

export type OwnServer = { PORT: number; PAYLOAD_SECRET: string }

/**
 * A request from this server to itself (the proxy, the job runner): to its own
 * port, carrying the internal token, and given up after a few seconds.
 */
export async function internalFetch(path: string, server: OwnServer, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.PORT}${path}`, {
    ...init,
    headers: { ...init.headers, [INTERNAL_REQUEST_HEADER]: await internalRequestToken(server.PAYLOAD_SECRET) },
    signal: AbortSignal.timeout(INTERNAL_FETCH_TIMEOUT_MS),
  })
}
