/**
 * Who is asking, as far as the paywall cares. Every channel that decides on story
 * text (the proxy's reader-access route, the API's field access, the account pages)
 * derives the standing here; collections/access/readerStandingOf.ts maps a Payload
 * user to the account this rule reads.
 */
export type ReaderStanding = 'anonymous' | 'registered' | 'subscriber' | 'staff'

export type Subscription = {
  plan?: string | null
  status?: string | null
  currentPeriodEnd?: string | null
}

/** A signed-in account: newsroom staff, or a reader with (perhaps) a subscription. */
export type Account = { kind: 'staff' } | { kind: 'reader'; subscription?: Subscription | null } | null

/**
 * A reader subscribes while their plan is `subscriber`, the provider reports the
 * subscription active (or past due: the provider is still retrying the payment),
 * and the paid period has not ended.
 */
export function hasActiveSubscription(subscription: Subscription | null | undefined, now: number): boolean {
  if (!subscription || subscription.plan !== 'subscriber') return false
  if (subscription.status !== 'active' && subscription.status !== 'past_due') return false
  if (!subscription.currentPeriodEnd) return true
  const end = Date.parse(subscription.currentPeriodEnd)
  return Number.isFinite(end) && end > now
}

export function readerStanding(account: Account, now: number): ReaderStanding {
  if (!account) return 'anonymous'
  if (account.kind === 'staff') return 'staff'
  return hasActiveSubscription(account.subscription, now) ? 'subscriber' : 'registered'
}

/** Subscribers and staff read everything, unmetered. */
export const readsEverything = (standing: ReaderStanding): boolean => standing === 'subscriber' || standing === 'staff'
