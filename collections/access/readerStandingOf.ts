import { readerStanding, type Account, type ReaderStanding, type Subscription } from '@/paywall/readerStanding'

import { READERS_COLLECTION, STAFF_COLLECTION } from '@/collections/slugs'

export type AuthenticatedUser = { collection?: string; subscription?: Subscription | null } | null | undefined

function accountOf(user: AuthenticatedUser): Account {
  if (user?.collection === STAFF_COLLECTION) return { kind: 'staff' }
  if (user?.collection === READERS_COLLECTION) return { kind: 'reader', subscription: user.subscription }
  return null
}

export const readerStandingOf = (user: AuthenticatedUser, now: number): ReaderStanding => readerStanding(accountOf(user), now)
