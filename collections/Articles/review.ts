/**
 * The review state of a story, on its way from draft to published: a contributor (or
 * anyone) marks it *ready for review*; an editor publishes it. Who submitted it and
 * who published it are recorded here, from the signed-in user, never from what a
 * request says.
 */
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
  /** The state the save asks for (what the journalist picked). */
  requestedState: unknown
  /** The save publishes the story (now, or as a scheduled job). */
  publishing: boolean
  /** The staff member saving; null for the server itself (a seed, a job without a user). */
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
    // Published: the review is over; the next draft starts as writing again.
    return { ...base, state: 'writing', publishedBy: save.userId ?? base.publishedBy }
  }
  if (requested === 'ready' && !wasReady) {
    return { ...base, submittedBy: save.userId, submittedAt: save.now.toISOString() }
  }
  return base
}
