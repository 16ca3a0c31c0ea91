/**
 * Who is asking, as far as the paywall cares. Every channel that decides on
 * story text (the proxy's reader-access route, the API's field access, the
 * account page) derives the standing here, from the authenticated Payload user.
 */
export type ReaderStanding = 'anonymous' | 'registered' | 'subscriber' | 'staff'

/** The slice of an authenticated Payload user (staff or reader) the paywall reads. */
export type AuthenticatedUser = {
  collection?: string
  subscription?: {
    plan?: string | null
    status?: string | null
    currentPeriodEnd?: string | null
  } | null
} | null | undefined

export const STAFF_COLLECTION = 'users'
export const READERS_COLLECTION = 'readers'

/**
 * A reader subscribes while their plan is `subscriber`, the provider reports the
 * subscription active (or past due: the provider is still retrying the payment),
 * and the paid period has not ended.
 */
export function hasActiveSubscription(subscription: NonNullable<AuthenticatedUser>['subscription'], now: number): boolean {
  if (!subscription || subscription.plan !== 'subscriber') return false
  if (subscription.status !== 'active' && subscription.status !== 'past_due') return false
  if (!subscription.currentPeriodEnd) return true
  const end = Date.parse(subscription.currentPeriodEnd)
  return Number.isFinite(end) && end > now
}

export function readerStanding(user: AuthenticatedUser, now: number): ReaderStanding {
  if (!user) return 'anonymous'
  if (user.collection === STAFF_COLLECTION) return 'staff'
  if (user.collection !== READERS_COLLECTION) return 'anonymous'
  return hasActiveSubscription(user.subscription, now) ? 'subscriber' : 'registered'
}

/** Subscribers and staff read everything, unmetered. */
export const readsEverything = (standing: ReaderStanding): boolean => standing === 'subscriber' || standing === 'staff'
