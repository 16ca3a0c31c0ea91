import type { PayloadRequest } from 'payload'

import { STAFF_COLLECTION } from '@/collections/slugs'

/**
 * The newsroom's roles, least to most trusted; each may do everything the ones
 * before it may (decision 007):
 * - a contributor's work reaches readers only through an editor's review;
 * - a journalist publishes their own stories and looks after their own quotes, people and photos;
 * - an editor publishes, schedules, unpublishes and corrects anything;
 * - an admin also runs staff and reader accounts and the site's settings.
 */
export const STAFF_ROLES = ['contributor', 'journalist', 'editor', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  contributor: 'Writes and edits their own stories and submits them for review; cannot publish or schedule.',
  journalist: 'Also publishes, schedules and unpublishes their own stories, and corrects their own quotes, people and photos.',
  editor: 'Also edits, publishes, schedules and unpublishes any story, and manages people, countries, sections, quotes and photos.',
  admin: 'Also manages staff accounts, reader accounts and the site settings.',
}

const labelOf = (role: StaffRole): string => role[0].toUpperCase() + role.slice(1)

/** The role select's options, and its description: what each role may do. */
export const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: labelOf(role) }))
export const ROLES_EXPLAINED = STAFF_ROLES.map((role) => `${labelOf(role)}: ${ROLE_DESCRIPTIONS[role]}`).join(' ')

/** The role of a signed-in staff member; undefined for readers and visitors. */
export function roleOf(user: PayloadRequest['user'] | null | undefined): StaffRole | undefined {
  if (user?.collection !== STAFF_COLLECTION) return undefined
  const role = (user as { role?: unknown }).role
  return STAFF_ROLES.includes(role as StaffRole) ? (role as StaffRole) : undefined
}

/** Whether the user is staff with at least this role. */
export function hasRole(user: PayloadRequest['user'] | null | undefined, minimum: StaffRole): boolean {
  const role = roleOf(user)
  return role !== undefined && STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(minimum)
}

/** Publishing (and scheduling or unpublishing) is for journalists and up: a contributor's story waits for review. */
export const canPublish = (user: PayloadRequest['user'] | null | undefined): boolean => hasRole(user, 'journalist')
