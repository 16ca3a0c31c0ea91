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
