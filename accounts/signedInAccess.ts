import type { Payload } from 'payload'

import { userOfSessionToken } from '@/lib/sessionCookie'
import { decideStoryAccess, type MeterState } from '@/paywall/meter'
import { readerStanding, readsEverything } from '@/paywall/readerStanding'
import type { ReaderAccessRequest, ReaderAccessResponse } from '@/paywall/readerAccess'
import { renderingFor } from '@/paywall/rendering'

import { oneAtATime } from './oneAtATime'
import { meterForAccount, meterFromAccount } from './readerMeter'

/**
 * What a visitor with a session cookie gets: the session is verified by
 * Payload (signature, expiry, a live session on the account); staff and
 * subscribers get the full story; a registered reader is metered against the
 * meter on their account, which is updated here when a read is counted.
 */
export async function signedInAccess(payload: Payload, request: ReaderAccessRequest, now: number): Promise<ReaderAccessResponse> {
  const user = await userOfSessionToken(payload, request.token)
  const reader = readerStanding(user, now)
  if (reader === 'anonymous' || !user) return { signedIn: false }

  const decide = (meter: MeterState | null) =>
    decideStoryAccess({ reader, meter, article: request.story, settings: request.settings, now, mayCount: request.mayCount })
  if (reader !== 'registered') {
    return { signedIn: true, readsEverything: readsEverything(reader), rendering: renderingFor(decide(null).access) }
  }

  // Read, decide and write the account's meter as one step per reader: parallel requests
  // (a burst of tabs) must not each find the last free read still there.
  const decision = await oneAtATime(`reader:${user.id}`, async () => {
    const account = await payload.findByID({ collection: 'readers', id: user.id, select: { meter: true }, depth: 0, overrideAccess: true })
    const counted = decide(meterFromAccount(account.meter))
    if (counted.meterChanged) {
      await payload.update({
        collection: 'readers',
        id: user.id,
        data: { meter: meterForAccount(counted.meter) },
        overrideAccess: true,
      })
    }
    return counted
  })
  return { signedIn: true, readsEverything: false, rendering: renderingFor(decision.access) }
}
