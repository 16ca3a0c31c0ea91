/** The first real story; other code (tests, the reader site) finds it by this slug. */
export const MAIN_STORY_SLUG = 'bolivia-iranian-drones-concerns'

/** Staff account created only in demo mode (NEWSROOM_DEMO=true), so a demo can sign in to /admin. */
export const DEMO_STAFF = {
  email: 'editor@newsroom.test',
  password: 'newsroom-demo-2023',
  name: 'Demo Editor',
} as const
