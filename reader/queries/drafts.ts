// Runs as the signed-in staff member, so Payload's access rules decide exactly as in the admin.
import config from '@payload-config'
import { getPayload, type TypedUser } from 'payload'

import type { Article, Quote } from '@/payload-types'

import { quotesOfStoryQuery, storyPageQuery } from './stories'

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
