// One key per purpose, so a value signed for one use is worthless for any other.
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

export async function hmacSign(secret: string, purpose: string, text: string): Promise<string> {
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret, purpose), encoder.encode(text))
  return Buffer.from(signature).toString('base64url')
}
