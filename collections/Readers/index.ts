import type { CollectionConfig } from 'payload'

import { serverEnv } from '@/lib/platform/env'
import { holdsIdsOf } from '@/lib/api/jsonIds'

import { admins } from '@/collections/access/admins'
import { readerManagers } from '@/collections/access/readerManagers'
import { readerManagersOrOwnAccount } from '@/collections/access/readerManagersOrOwnAccount'
import { equalLoginTime } from '@/lib/api/equalLoginTime'
import { forgetSessionsAfterChange, forgetSessionsAfterDelete, forgetSessionsAfterLogout } from '@/collections/hooks/forgetRememberedSessions'
import { READERS_COLLECTION } from '@/collections/slugs'

import { READER_NAME_MAX_LENGTH, SUBSCRIPTION_STATUSES } from './constants'
import { readerForgotPassword } from './passwordResetEmail'
import { createOnlyThroughRegistration } from './hooks/createOnlyThroughRegistration'
import { recordLastLogin } from './hooks/recordLastLogin'
import { resetLinksOnlyFromTheSite } from './hooks/resetLinksOnlyFromTheSite'
import { unconfirmChangedEmail } from './hooks/unconfirmChangedEmail'

/**
 * A reader never reaches /admin, sees only their own account, and cannot write their plan,
 * subscription or meter: only admins may, and the server after a payment or a read.
 */
export const Readers: CollectionConfig = {
  slug: READERS_COLLECTION,
  labels: { singular: 'Reader', plural: 'Readers' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 30 * 24 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: serverEnv().SECURE_COOKIES },
    // Asked for on /forgot-password only (hooks/resetLinksOnlyFromTheSite.ts).
    forgotPassword: readerForgotPassword,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'subscription.plan', 'subscription.status', 'lastLoginAt'],
    group: 'Admin',
  },
  access: {
    read: readerManagersOrOwnAccount,
    create: readerManagers,
    update: readerManagersOrOwnAccount,
    delete: admins,
    unlock: readerManagers,
  },
  hooks: {
    beforeOperation: [createOnlyThroughRegistration, resetLinksOnlyFromTheSite, equalLoginTime],
    beforeChange: [unconfirmChangedEmail],
    afterLogin: [recordLastLogin],
    afterChange: [forgetSessionsAfterChange],
    afterDelete: [forgetSessionsAfterDelete],
    afterLogout: [forgetSessionsAfterLogout],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: READER_NAME_MAX_LENGTH },
    {
      name: 'subscription',
      type: 'group',
      access: { create: readerManagers, update: readerManagers },
      fields: [
        {
          name: 'plan',
          type: 'select',
          required: true,
          defaultValue: 'free',
          options: [
            { label: 'Free (registered)', value: 'free' },
            { label: 'Subscriber', value: 'subscriber' },
          ],
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: SUBSCRIPTION_STATUSES.map((status) => ({ label: status.replace('_', ' '), value: status })),
        },
        { name: 'planId', type: 'text', admin: { description: 'The plan bought (see accounts/payments/plans.ts).' } },
        { name: 'currentPeriodEnd', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'provider', type: 'text', admin: { description: 'Payment provider that manages it: demo or stripe.' } },
        { name: 'providerCustomerId', type: 'text' },
        { name: 'providerSubscriptionId', type: 'text', index: true },
        {
          name: 'providerEventAt',
          type: 'date',
          admin: { readOnly: true, description: 'When the payment provider last changed this subscription.' },
        },
      ],
    },
    {
      // Not in a cookie, so clearing cookies does not reset it.
      name: 'meter',
      type: 'group',
      access: { create: readerManagers, update: readerManagers },
      admin: { description: 'Metered stories read in the current window.' },
      fields: [
        { name: 'windowStart', type: 'date' },
        // Ids as strings; a restore into another database rewrites them.
        { name: 'readArticleIds', type: 'json', custom: holdsIdsOf('articles') },
      ],
    },
    {
      name: 'emailVerifiedAt',
      label: 'Email confirmed',
      type: 'date',
      access: { create: readerManagers, update: readerManagers },
      admin: { position: 'sidebar', description: 'When the reader confirmed their address. Subscribing waits for it.' },
    },
    {
      name: 'lastLoginAt',
      type: 'date',
      access: { create: readerManagers, update: readerManagers },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
