import config from '@payload-config'
import { getPayload, type TypedUser } from 'payload'

import { isStaffUser } from '@/access/staff'
import { currentVisitor } from '@/accounts/session'
import type { Article, Quote } from '@/payload-types'

import { quotesOfStoryQuery, storyPageQuery } from './queries'

/**
 * Queries for the staff-only draft preview. They run as the signed-in staff
 * member (`overrideAccess: false` with their user), so Payload's access rules
 * decide, exactly as in the admin.
 */
export async function signedInStaff(): Promise<TypedUser | null> {
  const { user } = await currentVisitor()
  return isStaffUser(user) ? user : null
}

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
