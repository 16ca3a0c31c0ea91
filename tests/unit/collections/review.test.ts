import { describe, expect, it } from 'vitest'

import { nextReview } from '@/collections/Articles/review'

const now = new Date('2026-12-01T10:00:00.000Z')
const writing = { state: 'writing', submittedBy: null, submittedAt: null, publishedBy: null } as const

describe('a story’s review', () => {
  it('records who submitted it, and when, the moment it is marked ready', () => {
    expect(nextReview({ previous: writing, requestedState: 'ready', publishing: false, userId: 3, now })).toEqual({
      state: 'ready',
      submittedBy: 3,
      submittedAt: now.toISOString(),
      publishedBy: null,
    })
  })

  it('keeps the first submitter while it stays ready, whoever saves it next', () => {
    const ready = { ...writing, state: 'ready', submittedBy: 3, submittedAt: '2026-11-30T09:00:00.000Z' } as const
    expect(nextReview({ previous: ready, requestedState: 'ready', publishing: false, userId: 9, now })).toEqual(ready)
  })

  it('records who published it and starts the next draft as writing', () => {
    const ready = { ...writing, state: 'ready', submittedBy: 3, submittedAt: '2026-11-30T09:00:00.000Z' } as const
    expect(nextReview({ previous: ready, requestedState: 'ready', publishing: true, userId: 5, now })).toEqual({
      ...ready,
      state: 'writing',
      publishedBy: 5,
    })
  })

  it('keeps the last publisher when the server publishes without a user (a seed, an old scheduled job)', () => {
    const published = { ...writing, publishedBy: 5 } as const
    expect(nextReview({ previous: published, requestedState: undefined, publishing: true, userId: null, now }).publishedBy).toBe(5)
  })

  it('reads anything but "ready" as writing', () => {
    expect(nextReview({ previous: null, requestedState: 'published', publishing: false, userId: 3, now }).state).toBe('writing')
  })
})
