/** The story tests/support/scheduleStory.ts schedules, as the page tests look for it. */
export const SCHEDULED_STORY = {
  title: 'A story scheduled for the page tests',
  slug: 'story-scheduled-for-the-page-tests',
  /** How long after the fixture runs the story is due. */
  dueInMs: 8_000,
} as const
