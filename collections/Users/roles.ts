import type { PayloadRequest } from 'payload'

import { STAFF_COLLECTION } from '@/collections/slugs'

// Least to most trusted; each may do all that the ones before it may (decision 007).
export const STAFF_ROLES = ['contributor', 'journalist', 'editor', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  contributor: 'Writes and edits their own stories and submits them for review, adding people and countries they need; cannot publish or schedule.',
  journalist: 'Also publishes, schedules and unpublishes their own stories, and corrects their own quotes, people and photos.',
  editor: 'Also edits, publishes, schedules and unpublishes any story, and manages people, countries, sections, quotes and photos.',
  admin: 'Also manages staff accounts, reader accounts and the site settings.',
}

const labelOf = (role: StaffRole): string => role[0].toUpperCase() + role.slice(1)

export const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: labelOf(role) }))
export const ROLES_EXPLAINED = STAFF_ROLES.map((role) => `${labelOf(role)}: ${ROLE_DESCRIPTIONS[role]}`).join(' ')

export function roleOf(user: PayloadRequest['user'] | null | undefined): StaffRole | undefined {
  if (user?.collection !== STAFF_COLLECTION) return undefined
  const role = (user as { role?: unknown }).role
  return STAFF_ROLES.includes(role as StaffRole) ? (role as StaffRole) : undefined
}

export function hasRole(user: PayloadRequest['user'] | null | undefined, minimum: StaffRole): boolean {
  const role = roleOf(user)
  return role !== undefined && STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(minimum)
}

// A contributor's story waits for review.
export const canPublish = (user: PayloadRequest['user'] | null | undefined): boolean => hasRole(user, 'journalist')
