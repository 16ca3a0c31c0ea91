import type { CollectionConfig } from 'payload'

import { admins, isAdminUser } from '@/collections/access/admins'
import { adminsOrSelf } from '@/collections/access/adminsOrSelf'
import { staff } from '@/collections/access/staff'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const STAFF_ROLES = ['admin', 'editor', 'journalist'] as const

/** Newsroom staff who sign in to /admin. Readers will get a collection of their own. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Admin' },
  access: {
    admin: staff,
    read: staff,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'journalist',
      options: STAFF_ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: {
        // Staff may edit their own profile but not promote themselves.
        update: ({ req }) => isAdminUser(req.user),
      },
      saveToJWT: true,
    },
  ],
}
