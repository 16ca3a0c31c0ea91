import { readerStanding, type Account, type ReaderStanding, type Subscription } from '@/paywall/readerStanding'

import { READERS_COLLECTION, STAFF_COLLECTION } from '@/collections/slugs'

/** The slice of an authenticated Payload user (staff or reader) the paywall reads. */
export type AuthenticatedUser = { collection?: string; subscription?: Subscription | null } | null | undefined

/** The account a Payload user is, for the paywall: staff, a reader, or nobody it knows. */
function accountOf(user: AuthenticatedUser): Account {
  if (user?.collection === STAFF_COLLECTION) return { kind: 'staff' }
  if (user?.collection === READERS_COLLECTION) return { kind: 'reader', subscription: user.subscription }
  return null
}

/** The paywall standing (paywall/readerStanding.ts) of whoever Payload authenticated. */
export const readerStandingOf = (user: AuthenticatedUser, now: number): ReaderStanding => readerStanding(accountOf(user), now)
