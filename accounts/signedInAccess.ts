import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'
import { z } from 'zod'

import { readerStandingOf } from '@/collections/access/readerStandingOf'
import type { ReaderAccessRequest, ReaderAccessResponse } from '@/delivery/readerAccess'
import { withClusterLock } from '@/delivery/clusterSignals'
import { accountKey } from '@/delivery/rememberedSessions'
import { serverEnv } from '@/lib/platform/env'
import { userOfSessionToken } from '@/lib/http/sessionCookie'
import { decideStoryVariant, type MeterState } from '@/paywall/meter'
import { readsEverything } from '@/paywall/readerStanding'
import { variantSegment } from '@/paywall/variants'

import { oneAtATime } from './oneAtATime'
import { meterForAccount, meterFromAccount } from './readerMeter'

// The server's side of delivery/readerAccess.ts; a free account's meter is updated here.
export async function signedInAccess(payload: Payload, request: ReaderAccessRequest, now: number): Promise<ReaderAccessResponse> {
  const user = await verifiedUser(payload, request.token)
  const reader = readerStandingOf(user, now)
  if (reader === 'anonymous' || !user) return { signedIn: false }
  const accountId = accountKey(user.collection, user.id)

  const decide = (meter: MeterState | null, { exclusive }: { exclusive: boolean }) =>
    decideStoryVariant({ reader, meter, article: request.story, settings: request.settings, now, mayCount: exclusive && request.mayCount })
  if (reader !== 'registered') {
    return {
      signedIn: true,
      accountId,
      readsEverything: readsEverything(reader),
      meter: null,
      variant: variantSegment(decide(null, { exclusive: true }).variant),
    }
  }

  // Parallel requests (a burst of tabs) must not each find the last free read still there.
  // Without the shared lock (Redis away) no new read is counted: fail safe.
  const { REDIS_URL } = serverEnv()
  const decision = await oneAtATime(`reader:${user.id}`, () => {
    const countUnder = async (exclusive: boolean) => {
      const account = await payload.findByID({ collection: 'readers', id: user.id, select: { meter: true }, depth: 0, overrideAccess: true })
      const counted = decide(meterFromAccount(account.meter), { exclusive })
      // Without the lock nothing is written, not even a renewed window: it could undo a read elsewhere.
      if (counted.meterChanged && exclusive) {
        // Only the meter: a whole-account update rewrites the sessions without a transaction on SQLite,
        // and a session checked meanwhile would not verify.
        await payload.db.updateOne({ collection: 'readers', id: user.id, data: { meter: meterForAccount(counted.meter) }, returning: false })
      }
      return counted
    }
    return REDIS_URL ? withClusterLock(REDIS_URL, `reader-meter:${user.id}`, countUnder) : countUnder(true)
  })
  return { signedIn: true, accountId, readsEverything: false, meter: decision.meter, variant: variantSegment(decision.variant) }
}

/**
 * A save of the account briefly shows no sessions (SQLite, no transaction): one more look tells
 * that from a session really gone. Payload also answers "no one" when the database fails, so a
 * session still listed is no anonymous visitor but SessionUnverifiable, which the layer gates.
 */
async function verifiedUser(payload: Payload, token: string): Promise<TypedUser | null> {
  const user = await userOfSessionToken(payload, token)
  if (user) return user
  await new Promise((resolve) => setTimeout(resolve, SESSION_RECHECK_DELAY_MS))
  const again = await userOfSessionToken(payload, token)
  if (again) return again
  if (await isSessionListed(payload, token)) throw new SessionUnverifiable()
  return null
}

const SESSION_RECHECK_DELAY_MS = 50

export class SessionUnverifiable extends Error {
  constructor() {
    super('A session listed on its account did not verify: the database did not answer the check.')
  }
}

const sessionClaimsSchema = z.object({ id: z.union([z.string(), z.number()]), collection: z.enum(['readers', 'users']), sid: z.string(), exp: z.number() })

/**
 * Asked of the database directly, which throws when it fails, unlike Payload's check.
 * A forged or expired token is no session, whatever it names.
 */
export async function isSessionListed(payload: Payload, token: string): Promise<boolean> {
  const [header = '', body = '', signature = ''] = token.split('.')
  const expected = Buffer.from(createHmac('sha256', payload.secret).update(`${header}.${body}`).digest('base64url'))
  const presented = Buffer.from(signature)
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return false
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return false
  }
  const parsed = sessionClaimsSchema.safeParse(claims)
  if (!parsed.success || parsed.data.exp * 1000 <= Date.now()) return false
  const { id, collection, sid } = parsed.data
  const account = await payload.db.findOne<{ id: string | number; sessions?: { id: string }[] | null }>({ collection, where: { id: { equals: id } } })
  return Boolean(account?.sessions?.some((session) => session.id === sid))
}
