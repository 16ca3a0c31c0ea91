import type { CollectionConfig } from 'payload'

import { admins, isAdminUser } from '@/collections/access/admins'
import { adminsOrSelf } from '@/collections/access/adminsOrSelf'
import { staff } from '@/collections/access/staff'
import { staffDetailsReaders } from '@/collections/access/staffDetailsReaders'
import { equalLoginTime } from '@/lib/api/equalLoginTime'
import { guessesPerAccount } from '@/collections/hooks/guessesPerAccount'
import { forgetSessionsAfterChange, forgetSessionsAfterDelete, forgetSessionsAfterLogout } from '@/collections/hooks/forgetRememberedSessions'
import { purgeReaderPagesAfterDelete, purgeWhenShownFieldsChange } from '@/collections/hooks/purgeReaderPages'
import { slugField } from '@/collections/fields/slugField'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { ROLE_OPTIONS, ROLES_EXPLAINED } from './roles'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  // No lock: guesses are limited per account and client (collections/hooks/guessesPerAccount.ts).
  auth: { maxLoginAttempts: 0 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Admin' },
  access: {
    admin: staff,
    read: staff,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    // Payload's unlock route stays (no account locks now); by default any signed-in staff could call it.
    unlock: admins,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [guessesPerAccount, equalLoginTime],
    // Readers see only a staff member's name, slug and note (author pages, JSON-LD).
    afterChange: [purgeWhenShownFieldsChange(['name', 'slug', 'bio']), forgetSessionsAfterChange],
    afterDelete: [purgeReaderPagesAfterDelete, forgetSessionsAfterDelete],
    afterLogout: [forgetSessionsAfterLogout],
  },
  fields: [
    // Merged into Payload's own email field: only its read access changes.
    { name: 'email', type: 'email', required: true, access: { read: staffDetailsReaders } },
    { name: 'name', type: 'text', required: true },
    slugField('name', { derivedOnly: true }),
    { name: 'bio', label: 'Author note', type: 'textarea', maxLength: 600, admin: { description: 'A line or two about you, shown on your author page.' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      // Least trust first: an admin raises a new colleague's role on purpose.
      defaultValue: 'contributor',
      options: ROLE_OPTIONS,
      admin: { description: ROLES_EXPLAINED },
      access: {
        read: staffDetailsReaders,
        // Staff may edit their own profile but not promote themselves.
        update: ({ req }) => isAdminUser(req.user),
      },
      saveToJWT: true,
    },
  ],
}
