import { describe, expect, it } from 'vitest'

import { receiptEmail, receiptFor } from '@/accounts/payments/receipts'

const now = Date.UTC(2026, 11, 1)
const later = new Date(now + 30 * 86_400_000).toISOString()
const free = { plan: 'free', status: 'none' } as const
const active = { plan: 'subscriber', status: 'active', planId: 'monthly', currentPeriodEnd: later, provider: 'demo' } as const

describe('a receipt', () => {
  it('is sent when a subscription starts, and when it ends', () => {
    expect(receiptFor(free, active, now)).toBe('started')
    expect(receiptFor(undefined, active, now)).toBe('started')
    expect(receiptFor(active, { ...active, plan: 'free', status: 'canceled' }, now)).toBe('ended')
  })

  it('is not sent for a renewal, a payment being retried, or a second event about the same change', () => {
    expect(receiptFor(active, { ...active, currentPeriodEnd: new Date(now + 60 * 86_400_000).toISOString() }, now)).toBeNull()
    expect(receiptFor(active, { ...active, status: 'past_due' }, now)).toBeNull()
    expect(receiptFor(free, free, now)).toBeNull()
    expect(receiptFor({ ...active, plan: 'free', status: 'canceled' }, { ...active, plan: 'free', status: 'canceled' }, now)).toBeNull()
  })

  it('of a start names the plan, the price, the paid period, and says when nothing was charged', () => {
    const { subject, text } = receiptEmail('started', active, 'https://news.example')
    expect(subject).toBe('Your subscription has started')
    expect(text).toContain('monthly, $8 a month')
    expect(text).toContain('Paid until December 31, 2026.')
    expect(text).toContain('nothing was charged')
    expect(text).toContain('https://news.example/account')
    expect(receiptEmail('started', { ...active, provider: 'stripe' }, 'https://news.example').text).not.toContain('nothing was charged')
  })

  it('of an end says the free account stays, with a way back', () => {
    const { subject, text } = receiptEmail('ended', { ...active, plan: 'free', status: 'canceled' }, 'https://news.example')
    expect(subject).toBe('Your subscription has ended')
    expect(text).toContain('you keep your free account')
    expect(text).toContain('https://news.example/subscribe')
  })
})
