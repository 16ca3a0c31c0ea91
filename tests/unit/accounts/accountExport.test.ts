import { describe, expect, it } from 'vitest'

import { accountExport } from '@/accounts/accountExport'
import type { Reader } from '@/payload-types'

const now = new Date('2026-12-01T12:00:00.000Z')

/** A reader as Payload holds it, with the auth fields an export must never carry. */
const stored = {
  id: 7,
  name: 'Ana Reader',
  email: 'ana@example.com',
  emailVerifiedAt: '2026-11-02T09:00:00.000Z',
  createdAt: '2026-11-02T08:59:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  lastLoginAt: '2026-11-30T10:00:00.000Z',
  subscription: {
    plan: 'subscriber',
    status: 'active',
    planId: 'annual',
    currentPeriodEnd: '2027-11-02T09:00:00.000Z',
    provider: 'stripe',
    providerCustomerId: 'cus_1',
    providerSubscriptionId: 'sub_1',
    providerEventAt: '2026-11-02T09:00:00.000Z',
  },
  meter: { windowStart: '2026-11-20T00:00:00.000Z', readArticleIds: ['11', '12'] },
  hash: 'the-password-hash',
  salt: 'the-salt',
  resetPasswordToken: 'a-reset-token',
  resetPasswordExpiration: '2026-12-01T13:00:00.000Z',
  sessions: [{ id: 'session-id', createdAt: '2026-11-30T10:00:00.000Z', expiresAt: '2026-12-30T10:00:00.000Z' }],
  loginAttempts: 2,
  lockUntil: null,
} as unknown as Reader

describe("a reader's data export", () => {
  it('holds their account, subscription and meter', () => {
    expect(accountExport(stored, now)).toEqual({
      exportedAt: '2026-12-01T12:00:00.000Z',
      account: {
        name: 'Ana Reader',
        email: 'ana@example.com',
        emailConfirmedAt: '2026-11-02T09:00:00.000Z',
        createdAt: '2026-11-02T08:59:00.000Z',
        updatedAt: '2026-11-30T10:00:00.000Z',
        lastLoginAt: '2026-11-30T10:00:00.000Z',
      },
      subscription: {
        plan: 'subscriber',
        status: 'active',
        planId: 'annual',
        paidUntil: '2027-11-02T09:00:00.000Z',
        paymentProvider: 'stripe',
        providerCustomerId: 'cus_1',
        providerSubscriptionId: 'sub_1',
        lastChangedByProviderAt: '2026-11-02T09:00:00.000Z',
      },
      meter: { windowStartedAt: '2026-11-20T00:00:00.000Z', storiesRead: 2, storyIds: ['11', '12'] },
    })
  })

  it('never carries the password hash, salt, reset or session tokens, or failed logins', () => {
    const text = JSON.stringify(accountExport(stored, now))
    for (const secret of ['the-password-hash', 'the-salt', 'a-reset-token', 'session-id', 'loginAttempts', 'lockUntil', 'hash', 'salt'])
      expect(text).not.toContain(secret)
  })

  it('holds a fresh free account with nothing read', () => {
    const fresh = { ...stored, subscription: { plan: 'free', status: 'none' }, meter: {}, emailVerifiedAt: null, lastLoginAt: null } as unknown as Reader
    expect(accountExport(fresh, now)).toMatchObject({
      account: { emailConfirmedAt: null, lastLoginAt: null },
      subscription: { plan: 'free', status: 'none', planId: null, paidUntil: null },
      meter: { windowStartedAt: null, storiesRead: 0, storyIds: [] },
    })
  })
})
