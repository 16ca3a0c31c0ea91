import { createHmac, timingSafeEqual } from 'node:crypto'

// One key per purpose, so a value signed for one use is worthless for any other.
// Node's own HMAC, in the call: WebCrypto's queued job cost a story request a quarter of its time.
export function hmacSign(secret: string, purpose: string, text: string): string {
  return createHmac('sha256', `${purpose}:${secret}`).update(text).digest('base64url')
}

/** Whether `signature` (base64url) signs `text` for `purpose`, compared in constant time. */
export function hmacMatches(secret: string, purpose: string, text: string, signature: string): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(signature)) return false
  const expected = Buffer.from(hmacSign(secret, purpose, text), 'base64url')
  const given = Buffer.from(signature, 'base64url')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
