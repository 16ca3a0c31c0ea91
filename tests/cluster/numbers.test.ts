import { beforeAll, describe, expect, inject, it } from 'vitest'

import { Reader } from '../support/reader'
import { createStory, staffOn } from '../support/cluster'
import { chromeUserAgent } from '../support/userAgent'

/**
 * Each instance tallies the reads it serves in its own memory and writes its own deltas
 * (stats/flush.ts): the newsroom's numbers are the sum, and must be the truth, not either half.
 */
const a = inject('baseURL')
const b = inject('instanceB')
const today = new Date().toISOString().slice(0, 10)
/** What the stats issue promises: an event shows in the numbers within 10 seconds. */
const VISIBLE_WITHIN_MS = 10_000
const READERS = 5

// Each reader is a browser of its own (the unique count tells browsers apart, never by an id).
const browserOf = (reader: number) => ({
  'user-agent': chromeUserAgent('156.0', `cluster-${reader}`),
  'accept-language': 'en-GB,en;q=0.9',
})

type StoryNumbers = { slug: string; reads: number; uniqueReaders: number }

let slug: string
let editor: Reader

beforeAll(async () => {
  editor = await staffOn(b, 'editor')
  const journalist = await staffOn(a, 'journalist')
  ;({ slug } = await createStory(journalist, `Counted on two instances ${Date.now()}`, 'published'))
})

const numbersFor = async (storySlug: string): Promise<StoryNumbers | undefined> => {
  const response = await editor.get(`/api/stats?from=${today}&to=${today}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { stories: StoryNumbers[] }).stories.find((story) => story.slug === storySlug)
}

describe('the newsroom’s numbers across two instances', () => {
  it('add up exactly: every read through A and through B, each reader once among the unique', async () => {
    // Every reader reads the story through A, then through B: ten reads by five browsers.
    for (let index = 0; index < READERS; index++) {
      const reader = new Reader(a)
      for (const baseURL of [a, b]) {
        const page = await reader.request(new URL(`/articles/${slug}`, baseURL).href, { headers: browserOf(index) })
        expect(page.status).toBe(200)
        await page.text()
      }
    }

    const expected = { slug, reads: 2 * READERS, uniqueReaders: READERS }
    const started = Date.now()
    let counted = await numbersFor(slug)
    while ((counted?.reads !== expected.reads || counted.uniqueReaders !== expected.uniqueReaders) && Date.now() - started < VISIBLE_WITHIN_MS) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      counted = await numbersFor(slug)
    }
    expect(counted && { slug: counted.slug, reads: counted.reads, uniqueReaders: counted.uniqueReaders }).toEqual(expected)
  })
})
