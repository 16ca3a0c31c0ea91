import type { StaffRole } from '@/collections/Users/roles'

/** The first real story; other code (tests, the reader site) finds it by this slug. */
export const MAIN_STORY_SLUG = 'bolivia-iranian-drones-concerns'

/** The password of every demo login. */
export const DEMO_PASSWORD = 'newsroom-demo-2023'

/**
 * Staff logins created only in demo mode (NEWSROOM_DEMO=true), one per role, so a
 * demo can try the newsroom as each of them. Never in production.
 */
export const DEMO_LOGINS: Record<StaffRole, { email: string; name: string }> = {
  admin: { email: 'admin@newsroom.test', name: 'Demo Admin' },
  editor: { email: 'editor@newsroom.test', name: 'Demo Editor' },
  journalist: { email: 'journalist@newsroom.test', name: 'Demo Journalist' },
  contributor: { email: 'contributor@newsroom.test', name: 'Demo Contributor' },
}
