/**
 * HMAC-SHA256 keys derived from the server secret, one per purpose, so that a value
 * signed for one use (a meter cookie, the proxy's internal token) is worthless for any
 * other. Web Crypto, so it runs wherever the proxy runs; each key is imported once.
 */
const encoder = new TextEncoder()
const keys = new Map<string, Promise<CryptoKey>>()

export function hmacKey(secret: string, purpose: string): Promise<CryptoKey> {
  const label = `${purpose}:${secret}`
  let key = keys.get(label)
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(label), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
    keys.set(label, key)
  }
  return key
}

/** base64url(HMAC-SHA256(key for `purpose`, text)). */
export async function hmacSign(secret: string, purpose: string, text: string): Promise<string> {
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret, purpose), encoder.encode(text))
  return Buffer.from(signature).toString('base64url')
}
