import { z } from 'zod'

import { hmacMatches, hmacSign } from '@/lib/hmac'

/**
 * Nothing is stored: the link is signed over the address too, so a changed address or an expired
 * link no longer matches. Not Payload's `auth.verify`, which refuses to sign in an unconfirmed
 * account; an unconfirmed free account must read as any other (docs/reader-email.md).
 */

const PURPOSE = 'email-verification'
export const VERIFICATION_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

// A SQLite number or a MongoDB ObjectId; the expiry in base 36 ms.
const tokenSchema = z.string().regex(/^([0-9a-f]{1,24})\.([0-9a-z]{1,12})\.([\w-]{43})$/)

export type VerificationClaim = { readerId: string; expiresAt: number; signature: string }

const signedText = (readerId: string, email: string, expiresAt: number) => `${readerId}\n${email.toLowerCase()}\n${expiresAt}`
const signed = (readerId: string, email: string, expiresAt: number, secret: string) => hmacSign(secret, PURPOSE, signedText(readerId, email, expiresAt))

export async function verificationToken(reader: { id: string | number; email: string }, secret: string, now: number): Promise<string> {
  const expiresAt = now + VERIFICATION_LINK_LIFETIME_MS
  return `${reader.id}.${expiresAt.toString(36)}.${signed(String(reader.id), reader.email, expiresAt, secret)}`
}

// Only the shape; whether it is true is `isGenuineClaim`'s to say.
export function readVerificationToken(token: unknown): VerificationClaim | null {
  const parsed = tokenSchema.safeParse(token)
  if (!parsed.success) return null
  const [readerId, expiry, signature] = parsed.data.split('.')
  return { readerId, expiresAt: parseInt(expiry, 36), signature }
}

export async function isGenuineClaim(claim: VerificationClaim, reader: { id: string | number; email: string }, secret: string, now: number): Promise<boolean> {
  if (claim.expiresAt <= now || claim.readerId !== String(reader.id)) return false
  return hmacMatches(secret, PURPOSE, signedText(claim.readerId, reader.email, claim.expiresAt), claim.signature)
}
