/**
 * Queries for the staff-only draft preview. They run as the signed-in staff
 * member (`overrideAccess: false` with their user, from accounts/session.ts#currentStaff),
 * so Payload's access rules decide, exactly as in the admin.
 */
import config from '@payload-config'
import { getPayload, type TypedUser } from 'payload'

import type { Article, Quote } from '@/payload-types'

import { quotesOfStoryQuery, storyPageQuery } from './stories'

/** The latest version of a story, draft or published; null if there is none. */
export async function findLatestDraft(id: string, user: TypedUser): Promise<Article | null> {
  const payload = await getPayload({ config })
  return payload
    .findByID({ collection: 'articles', id, draft: true, ...storyPageQuery, overrideAccess: false, user })
    .catch(() => null)
}

export async function findQuotesForPreview(storyId: string | number, user: TypedUser): Promise<Quote[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ ...quotesOfStoryQuery(storyId), overrideAccess: false, user })
  return docs
}
