import { emailMessage, type EmailMessage } from '@/lib/emailMessage'
import { formatDate } from '@/lib/dates'
import type { Reader } from '@/payload-types'
import { hasActiveSubscription } from '@/paywall/readerStanding'

import { PLANS } from './plans'

// Decided from before and after, so a renewal, a retried payment or a repeated event sends nothing.
export type ReceiptKind = 'started' | 'ended'

type Subscription = Reader['subscription'] | null | undefined

export function receiptFor(before: Subscription, after: Subscription, now: number): ReceiptKind | null {
  const wasActive = hasActiveSubscription(before ?? undefined, now)
  const isActive = hasActiveSubscription(after ?? undefined, now)
  if (!wasActive && isActive) return 'started'
  if (wasActive && !isActive) return 'ended'
  return null
}

export function receiptEmail(kind: ReceiptKind, subscription: NonNullable<Subscription>, siteUrl: string): EmailMessage {
  if (kind === 'ended') {
    return emailMessage({
      subject: 'Your subscription has ended',
      heading: 'Your subscription has ended',
      paragraphs: ['Thank you for reading with us. Your subscription has ended; you keep your free account and its free articles.'],
      link: { href: `${siteUrl}/subscribe`, text: 'Subscribe again' },
      footnote: 'You get this email because a subscription on your newsroom account changed.',
    })
  }
  const plan = PLANS.find((candidate) => candidate.id === subscription.planId)
  return emailMessage({
    subject: 'Your subscription has started',
    heading: 'Your subscription has started',
    paragraphs: [
      `Thank you for subscribing${plan ? ` (${plan.name.toLowerCase()}, ${plan.priceLabel})` : ''}: every story is open to you, on every device.`,
      ...(subscription.currentPeriodEnd ? [`Paid until ${formatDate(subscription.currentPeriodEnd)}.`] : []),
      ...(subscription.provider === 'demo' ? ['Payments are in demo mode: nothing was charged.'] : []),
    ],
    link: { href: `${siteUrl}/account`, text: 'Your account' },
    footnote: 'You get this email because a subscription on your newsroom account changed.',
  })
}
