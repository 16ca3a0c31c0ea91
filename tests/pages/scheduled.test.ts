import { describe, expect, it } from 'vitest'

import { SCHEDULED_STORY } from '../support/scheduledStory'

import { Reader } from '../support/reader'

const poll = async (check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

describe('a story scheduled for publication', () => {
  it('is published by the server’s job runner when due, and reaches the home page and its own page', async () => {
    // Queued as a draft a few seconds before the server started; the job runner checks every 2 s.
    const reader = new Reader()
    const onHomePage = await poll(async () => (await reader.html('/')).includes(SCHEDULED_STORY.title), 30_000)
    expect(onHomePage).toBe(true)
    const html = await reader.html(`/articles/${SCHEDULED_STORY.slug}`)
    expect(html).toContain('This story was scheduled.')
  }, 40_000)
})
