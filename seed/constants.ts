import type { StaffRole } from '@/collections/Users/roles'

// Tests and the reader site find the first real story by this slug.
export const MAIN_STORY_SLUG = 'bolivia-iranian-drones-concerns'

export const DEMO_PASSWORD = 'newsroom-demo-2023'

// Demo mode only (NEWSROOM_DEMO=true), one per role, so a demo can try the newsroom as each.
export const DEMO_LOGINS: Record<StaffRole, { email: string; name: string }> = {
  admin: { email: 'admin@newsroom.test', name: 'Demo Admin' },
  editor: { email: 'editor@newsroom.test', name: 'Demo Editor' },
  journalist: { email: 'journalist@newsroom.test', name: 'Demo Journalist' },
  contributor: { email: 'contributor@newsroom.test', name: 'Demo Contributor' },
}
