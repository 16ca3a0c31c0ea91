import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STORY_BODY_GRANT } from '@/collections/access/storyBodyReaders'

import { createImage, createStory } from '../support/fixtures'
import { bootPayload } from '../support/harness'

/** The quote rule (paywall/quoteVisibility.ts) as Payload applies it to every reader-facing query. */
let payload: Payload
let cleanup: () => Promise<void>
const texts: Record<string, string> = {}

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const heroImage = (await createImage(payload, 'quote-visibility')).id
  const speaker = (await payload.create({ collection: 'people', data: { name: 'Quinn Quoted', slug: 'quinn-quoted' } })).id
  const metered = await createStory(payload, { title: 'A metered story', status: 'published', heroImage })
  const free = await createStory(payload, { title: 'A free story', status: 'published', freeToRead: true, heroImage })
  const draft = await createStory(payload, { title: 'A draft story', status: 'draft', heroImage })
  const quote = async (name: string, article: string | number | null, publicRecord: boolean) => {
    texts[name] = `Words of the ${name} quote.`
    await payload.create({ collection: 'quotes', data: { text: texts[name], speaker, article: article as number, publicRecord } })
  }
  await quote('public metered', metered.id, true)
  await quote('private metered', metered.id, false)
  await quote('private free', free.id, false)
  await quote('public draft', draft.id, true)
  await quote('public unfiled', null, true)
})
afterAll(async () => cleanup?.())

const readable = async (context: Record<string, unknown> = {}) => {
  const { docs } = await payload.find({ collection: 'quotes', overrideAccess: false, context, depth: 0, limit: 100, where: { text: { like: 'quote.' } } })
  return Object.entries(texts)
    .filter(([, text]) => docs.some((doc) => doc.text === text))
    .map(([name]) => name)
    .sort()
}

describe('who may read a quote away from its story', () => {
  it('gives everyone the public-record quotes and those of free stories, once their story runs', async () => {
    expect(await readable()).toEqual(['private free', 'public metered'])
  })

  it('gives readers entitled to the text (here the story page’s own rendering) every quote of a published story, and still no draft’s', async () => {
    expect(await readable({ [STORY_BODY_GRANT]: true })).toEqual(['private free', 'private metered', 'public metered'])
  })

  it('counts as it lists: a count never tells more than the list', async () => {
    const { totalDocs } = await payload.count({ collection: 'quotes', overrideAccess: false, where: { text: { like: 'quote.' } } })
    expect(totalDocs).toBe(2)
  })
})
