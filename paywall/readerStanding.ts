// One rule for every channel that decides on story text (collections/access/readerStandingOf.ts).
export type ReaderStanding = 'anonymous' | 'registered' | 'subscriber' | 'staff'

export type Subscription = {
  plan?: string | null
  status?: string | null
  currentPeriodEnd?: string | null
}

export type Account = { kind: 'staff' } | { kind: 'reader'; subscription?: Subscription | null } | null

// Past due still reads: the provider is retrying the payment.
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

export const readsEverything = (standing: ReaderStanding): boolean => standing === 'subscriber' || standing === 'staff'
