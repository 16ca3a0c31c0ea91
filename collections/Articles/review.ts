// Who submitted and who published come from the signed-in user, never from what a request says.
export type ReviewState = 'writing' | 'ready'

export type Review = {
  state: ReviewState
  submittedBy: string | number | null
  submittedAt: string | null
  publishedBy: string | number | null
}

export const REVIEW_STATES: { value: ReviewState; label: string }[] = [
  { value: 'writing', label: 'Writing' },
  { value: 'ready', label: 'Ready for review' },
]

export function nextReview(save: {
  previous: Partial<Review> | null | undefined
  requestedState: unknown
  // Now, or as a scheduled job.
  publishing: boolean
  // Null for the server itself (a seed, a job without a user).
  userId: string | number | null
  now: Date
}): Review {
  const previous = save.previous ?? {}
  const wasReady = previous.state === 'ready'
  const requested: ReviewState = save.requestedState === 'ready' ? 'ready' : 'writing'
  const base: Review = {
    state: requested,
    submittedBy: previous.submittedBy ?? null,
    submittedAt: previous.submittedAt ?? null,
    publishedBy: previous.publishedBy ?? null,
  }
  if (save.publishing) {
    // The next draft starts as writing again.
    return { ...base, state: 'writing', publishedBy: save.userId ?? base.publishedBy }
  }
  if (requested === 'ready' && !wasReady) {
    return { ...base, submittedBy: save.userId, submittedAt: save.now.toISOString() }
  }
  return base
}
