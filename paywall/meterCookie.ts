import { z } from 'zod'

import { hmacMatches, hmacSign } from '@/lib/hmac'

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

// A meter signature is useless anywhere else the secret signs.
const PURPOSE = 'meter-cookie:v1'

export function signMeter(meter: MeterState, secret: string): string {
  const body = Buffer.from(JSON.stringify({ v: 1, s: meter.windowStart, r: meter.readArticleIds })).toString('base64url')
  return `${body}.${hmacSign(secret, PURPOSE, body)}`
}

// A reader sends one cookie until a read changes it: each is verified once. Bounded: clients choose them.
const verified = new Map<string, MeterState>()
const MAX_VERIFIED = 10_000

export function readMeter(cookie: string | undefined, secret: string): MeterState | null {
  if (!cookie || cookie.length > MAX_COOKIE_LENGTH) return null
  const key = `${secret}\n${cookie}`
  const known = verified.get(key)
  if (known) return { windowStart: known.windowStart, readArticleIds: [...known.readArticleIds] }
  const meter = verifiedMeter(cookie, secret)
  if (meter) {
    if (verified.size >= MAX_VERIFIED) verified.clear()
    verified.set(key, { windowStart: meter.windowStart, readArticleIds: [...meter.readArticleIds] })
  }
  return meter
}

function verifiedMeter(cookie: string, secret: string): MeterState | null {
  const parts = cookie.split('.')
  if (parts.length !== 2) return null
  const [body, signature] = parts
  if (!body || !/^[A-Za-z0-9_-]+$/.test(body) || !hmacMatches(secret, PURPOSE, body, signature)) return null

  let json: unknown
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const parsed = cookiePayloadSchema.safeParse(json)
  return parsed.success ? { windowStart: parsed.data.s, readArticleIds: parsed.data.r } : null
}

// Kept until the window it counts closes.
export function meterCookie(
  meter: MeterState,
  settings: MeterSettings,
  server: { PAYLOAD_SECRET: string; SECURE_COOKIES: boolean },
  now: number,
) {
  return {
    name: METER_COOKIE,
    value: signMeter(meter, server.PAYLOAD_SECRET),
    httpOnly: true,
    sameSite: 'lax',
    secure: server.SECURE_COOKIES,
    path: '/',
    maxAge: Math.max(60, Math.round((windowEnd(meter, settings) - now) / 1000)),
  } as const
}
