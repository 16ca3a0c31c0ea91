import config from '@payload-config'
import { cookies } from 'next/headers'
import { createLocalReq, getPayload, logoutOperation, type Payload, type TypedUser } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { accountKey, forgetSessionsOf } from '@/delivery/rememberedSessions'
import { READERS_COLLECTION } from '@/collections/slugs'
import { serverEnv } from '@/lib/platform/env'
import { isWellFormedSessionToken, SESSION_COOKIE, userOfSessionToken } from '@/lib/http/sessionCookie'
import type { Reader } from '@/payload-types'
import { meterAfterLogout } from '@/paywall/meter'
import { METER_COOKIE, meterCookie, readMeter } from '@/paywall/meterCookie'
import { getPaywallSettings } from '@/reader/queries/settings'

import type { Session } from './operations'
import { meterFromAccount } from './readerMeter'

/**
 * Payload verifies the cookie exactly as for the API. Cross-site form posts are already refused
 * by Next's server-action origin check.
 */
export async function currentVisitor(): Promise<{ payload: Payload; user: TypedUser | null }> {
  const payload = await getPayload({ config })
  const token = (await cookies()).get(SESSION_COOKIE)?.value
  if (!isWellFormedSessionToken(token)) return { payload, user: null }
  return { payload, user: await userOfSessionToken(payload, token) }
}

export async function currentStaff(): Promise<TypedUser | null> {
  const { user } = await currentVisitor()
  return isStaffUser(user) ? user : null
}

export const asReader = (user: TypedUser | null): Reader | null =>
  user?.collection === READERS_COLLECTION ? (user as unknown as Reader) : null

export async function startSession(session: Session): Promise<void> {
  ;(await cookies()).set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: serverEnv().SECURE_COOKIES,
    path: '/',
    expires: session.expiresAt,
  })
}

// Ended on the account too, so a copied cookie stops working. The browser's meter takes over.
export async function endSession(payload: Payload, user: TypedUser | null): Promise<void> {
  if (user) {
    if (user.collection === READERS_COLLECTION) await keepMeterAfterLogout(user)
    const req = await createLocalReq({ user }, payload)
    // Already gone (expired, or logged out elsewhere) is as good as logged out.
    await logoutOperation({ collection: payload.collections[user.collection], req }).catch(() => undefined)
    // A story read while the session was being removed may have been remembered.
    forgetSessionsOf(accountKey(user.collection, user.id))
  }
  ;(await cookies()).delete(SESSION_COOKIE)
}

async function keepMeterAfterLogout(user: TypedUser): Promise<void> {
  const env = serverEnv()
  const jar = await cookies()
  const settings = await getPaywallSettings()
  const now = Date.now()
  const meter = meterAfterLogout(
    readMeter(jar.get(METER_COOKIE)?.value, env.PAYLOAD_SECRET),
    meterFromAccount((user as { meter?: unknown }).meter),
    settings,
    now,
  )
  jar.set(meterCookie(meter, settings, env, now))
}
