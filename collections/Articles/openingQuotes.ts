import type { PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'
import { splitAtPaywall } from '@/paywall/PaywallBreak/split'

import { paywallSettingsOf } from '../globals/paywallSettingsOf'

import { quoteIdsOfStory } from './quotesOfStory'

// paywall/quoteVisibility.ts shows a story's opening quotes to everyone.
export async function markQuotesInOpening(req: PayloadRequest, story: Pick<Article, 'id' | 'body'>, openingParagraphs?: number): Promise<void> {
  const paragraphs = openingParagraphs ?? (await paywallSettingsOf(req)).openingParagraphs
  const inOpening = story.body ? quoteIdsOfStory({ body: splitAtPaywall(story.body, paragraphs).opening }) : []
  const mark = (where: object, value: boolean) =>
    req.payload.update({ collection: 'quotes', where: where as never, data: { inOpening: value } as never, overrideAccess: true, depth: 0, req })
  const ofStory = { article: { equals: story.id } }
  const results = await Promise.all([
    inOpening.length > 0 ? mark({ and: [ofStory, { id: { in: inOpening } }] }, true) : null,
    mark({ and: [ofStory, { inOpening: { equals: true } }, ...(inOpening.length > 0 ? [{ id: { not_in: inOpening } }] : [])] }, false),
  ])
  const failed = results.flatMap((result) => result?.errors ?? [])
  if (failed.length > 0) throw new Error(`Could not mark the quotes ${failed.map((error) => error.id).join(', ')} of this story: ${failed[0].message}`)
}

export async function markQuotesInEveryOpening(req: PayloadRequest, openingParagraphs: number): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: { body: true },
    depth: 0,
    limit: 10_000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const story of docs) await markQuotesInOpening(req, story, openingParagraphs)
}
