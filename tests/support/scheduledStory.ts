/** What tests/support/pageFixtures.ts puts on the test server, as the page tests look for it. */
export const SCHEDULED_STORY = {
  title: 'A story scheduled for the page tests',
  slug: 'story-scheduled-for-the-page-tests',
  /** How long after the fixture runs the story is due. */
  dueInMs: 8_000,
} as const

/** The section the page and browser tests file their stories under. */
export const TEST_SECTION = { name: 'Test', slug: 'test' } as const
