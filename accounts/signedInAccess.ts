import type { Payload } from 'payload'

import { decideStoryAccess } from '@/paywall/meter'
import { readerStanding, readsEverything } from '@/paywall/readerStanding'
import type { ReaderAccessRequest, ReaderAccessResponse } from '@/paywall/readerAccess'
import { renderingFor } from '@/paywall/rendering'

import { meterForAccount, meterFromAccount } from './readerMeter'

/**
 * What a visitor with a session cookie gets: the session is verified by
 * Payload (signature, expiry, a live session on the account); staff and
 * subscribers get the full story; a registered reader is metered against the
 * meter on their account, which is updated here when a read is counted.
 */
export async function signedInAccess(payload: Payload, request: ReaderAccessRequest, now: number): Promise<ReaderAccessResponse> {
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${request.token}` }) })
  const reader = readerStanding(user, now)
  if (reader === 'anonymous' || !user) return { signedIn: false }

  const stored = reader === 'registered' ? meterFromAccount((user as { meter?: unknown }).meter) : null
  const decision = decideStoryAccess({
    reader,
    meter: stored,
    article: request.story,
    settings: request.settings,
    now,
    mayCount: request.mayCount,
  })
  if (reader === 'registered' && decision.meterChanged) {
    await payload.update({
      collection: 'readers',
      id: user.id,
      data: { meter: meterForAccount(decision.meter) },
      overrideAccess: true,
    })
  }
  return { signedIn: true, readsEverything: readsEverything(reader), rendering: renderingFor(decision.access) }
}
