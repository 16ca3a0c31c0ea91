import { z } from 'zod'

import { hmacKey, hmacSign } from '@/lib/hmac'

import { windowEnd, type MeterState } from './meter'
import { PAYWALL_LIMITS, type MeterSettings } from './settings'

/**
 * Signed: anything that does not verify reads as a fresh reader, never more than a new visitor gets.
 * Format: base64url(JSON).base64url(HMAC).
 */
export const METER_COOKIE = 'newsroom_meter'

// Far above any honest value (50 ids), far below what a server should parse.
const MAX_COOKIE_LENGTH = 4096

const cookiePayloadSchema = z.object({
  v: z.literal(1),
  s: z.number().int().nonnegative(),
  r: z.array(z.string().min(1).max(64)).max(PAYWALL_LIMITS.maxFreeArticles),
})

const encoder = new TextEncoder()
// A meter signature is useless anywhere else the secret signs.
const PURPOSE = 'meter-cookie:v1'

const toBase64Url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url')

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  return new Uint8Array(Buffer.from(text, 'base64url'))
}

export async function signMeter(meter: MeterState, secret: string): Promise<string> {
  const body = toBase64Url(encoder.encode(JSON.stringify({ v: 1, s: meter.windowStart, r: meter.readArticleIds })))
  return `${body}.${await hmacSign(secret, PURPOSE, body)}`
}

export async function readMeter(cookie: string | undefined, secret: string): Promise<MeterState | null> {
  if (!cookie || cookie.length > MAX_COOKIE_LENGTH) return null
  const parts = cookie.split('.')
  if (parts.length !== 2) return null
  const [body, signatureText] = parts
  const signature = fromBase64Url(signatureText)
  if (!body || !signature) return null

  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret, PURPOSE), signature, encoder.encode(body))
  if (!valid) return null

  const bytes = fromBase64Url(body)
  if (!bytes) return null
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return null
  }
  const parsed = cookiePayloadSchema.safeParse(json)
  return parsed.success ? { windowStart: parsed.data.s, readArticleIds: parsed.data.r } : null
}

// Kept until the window it counts closes.
export async function meterCookie(
  meter: MeterState,
  settings: MeterSettings,
  server: { PAYLOAD_SECRET: string; SECURE_COOKIES: boolean },
  now: number,
) {
  return {
    name: METER_COOKIE,
    value: await signMeter(meter, server.PAYLOAD_SECRET),
    httpOnly: true,
    sameSite: 'lax',
    secure: server.SECURE_COOKIES,
    path: '/',
    maxAge: Math.max(60, Math.round((windowEnd(meter, settings) - now) / 1000)),
  } as const
}
