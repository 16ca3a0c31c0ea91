import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { relationKey } from '@/lib/relations'

import { nextReview, type Review } from '../review'

export const trackReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const previous = originalDoc?.review as Partial<Review> | undefined
  const review = nextReview({
    previous: previous && {
      ...previous,
      submittedBy: relationKey(previous.submittedBy as never),
      publishedBy: relationKey(previous.publishedBy as never),
    },
    requestedState: (data.review as { state?: unknown } | undefined)?.state ?? previous?.state,
    publishing: data._status === 'published',
    userId: isStaffUser(req.user) ? req.user!.id : null,
    now: new Date(),
  })
  return { ...data, review }
}
