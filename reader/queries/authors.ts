import { cache } from 'react'

import { relationIds, type Relation } from '@/lib/relations'
import type { User } from '@/payload-types'

import { asReader, cardFields, published, readerPayload, resultPage, sectionNames, type ResultPage, type StorySummary } from './asReader'
import { listStoriesTagging } from './stories'

export type Author = Pick<User, 'id' | 'name' | 'slug' | 'bio'>

// Staff accounts are staff-only; these fields are read past that, as every byline prints the name.
const authorFields = { name: true, slug: true, bio: true } as const

export async function findAuthors(story: { authors?: Relation[] | null }): Promise<Author[]> {
  const ids = relationIds(story.authors)
  if (ids.length === 0) return []
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'users', overrideAccess: true, where: { id: { in: ids } }, select: authorFields, depth: 0, limit: ids.length, pagination: false })
  const byId = new Map(docs.map((user) => [String(user.id), user]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

// A staff member who has published nothing has no page.
export const resolveAuthor = cache(async (slug: string): Promise<Author | null> => {
  const payload = await readerPayload()
  const { docs } = await payload.find({ collection: 'users', overrideAccess: true, where: { slug: { equals: slug } }, select: authorFields, depth: 0, limit: 1 })
  const author = docs[0]
  if (!author) return null
  const { totalDocs } = await payload.count({ collection: 'articles', ...asReader, where: { and: [published, { authors: { in: [author.id] } }] } })
  return totalDocs > 0 ? author : null
})

export type AuthorPageData = { author: Author; stories: ResultPage<StorySummary> }

export const findAuthorPage = cache(async (slug: string): Promise<AuthorPageData | null> => {
  const author = await resolveAuthor(slug)
  return author ? { author, stories: await listStoriesTagging('authors', author.id) } : null
})

