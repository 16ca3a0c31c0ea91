import { timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

import { hmacSign } from '@/lib/hmac'

/**
 * The link that confirms a reader's email address (/verify?token=…): the account id and an expiry,
 * signed with the server secret over the address too. Nothing is stored: a link for an address the
 * account no longer has, or one past its week, no longer matches. Payload's own `auth.verify` is not
 * used because it refuses to sign in (and to honour the session of) an unconfirmed account, and an
 * unconfirmed free account must read as any free account does; only subscribing waits for the address
 * (docs/reader-email.md).
 */

const PURPOSE = 'email-verification'
export const VERIFICATION_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** `<account id>.<expiry, base 36 ms>.<signature>`: a SQLite number or a MongoDB ObjectId. */
const tokenSchema = z.string().regex(/^([0-9a-f]{1,24})\.([0-9a-z]{1,12})\.([\w-]{43})$/)

export type VerificationClaim = { readerId: string; expiresAt: number; signature: string }

const signed = (readerId: string, email: string, expiresAt: number, secret: string) =>
  hmacSign(secret, PURPOSE, `${readerId}\n${email.toLowerCase()}\n${expiresAt}`)

export async function verificationToken(reader: { id: string | number; email: string }, secret: string, now: number): Promise<string> {
  const expiresAt = now + VERIFICATION_LINK_LIFETIME_MS
  return `${reader.id}.${expiresAt.toString(36)}.${await signed(String(reader.id), reader.email, expiresAt, secret)}`
}

/** What a token says, if it is shaped like one of ours; whether it is true is `isGenuineClaim`'s to say. */
export function readVerificationToken(token: unknown): VerificationClaim | null {
  const parsed = tokenSchema.safeParse(token)
  if (!parsed.success) return null
  const [readerId, expiry, signature] = parsed.data.split('.')
  return { readerId, expiresAt: parseInt(expiry, 36), signature }
}

/** The claim was signed by this server for this account's present address, and has not expired. */
export async function isGenuineClaim(claim: VerificationClaim, reader: { id: string | number; email: string }, secret: string, now: number): Promise<boolean> {
  if (claim.expiresAt <= now || claim.readerId !== String(reader.id)) return false
  const expected = Buffer.from(await signed(claim.readerId, reader.email, claim.expiresAt, secret))
  const given = Buffer.from(claim.signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
