import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphNode, paragraphWithQuotes, richTextDocument } from '@/reader/richText'

import { createImage, testSection } from '../support/fixtures'
import { bootPayload } from '../support/harness'

/** The body is the single source of truth for a story's quotes (collections/Articles/hooks/linkQuotes.ts). */
let payload: Payload
let cleanup: () => Promise<void>
let speaker: number
let section: number
let image: string | number
let count = 0

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  speaker = (await payload.create({ collection: 'people', data: { name: 'Vera Quoted', slug: 'vera-quoted' } })).id as number
  section = await testSection(payload)
  image = (await createImage(payload, 'quote-blocks')).id
})
afterAll(async () => cleanup?.())

const newQuote = async (text: string) => (await payload.create({ collection: 'quotes', data: { text, speaker } })).id
const quoted = (quote: string | number, words: string) => {
  const text = `She said, “${words}” and left.`
  return paragraphWithQuotes(text, [{ start: text.indexOf(words), end: text.indexOf(words) + words.length, quote }])
}
const storyWith = async (children: ReturnType<typeof paragraphNode>[], status: 'draft' | 'published') =>
  payload.create({
    collection: 'articles',
    draft: status === 'draft',
    data: {
      title: `Quoting story ${(count += 1)}`,
      slug: `quoting-story-${count}`,
      dek: 'A standfirst.',
      section,
      heroImage: image as number,
      body: richTextDocument(children),
      _status: status,
    },
  })
const storyOfQuote = async (id: string | number) => {
  const quote = await payload.findByID({ collection: 'quotes', id, depth: 0, overrideAccess: true })
  return quote.article ?? null
}

describe('a story’s quotes, from its body', () => {
  it('are filed under the story when it is published', async () => {
    const quote = await newQuote('We will build the bridge.')
    expect(await storyOfQuote(quote)).toBeNull()
    const story = await storyWith([quoted(quote, 'We will build the bridge.')], 'published')
    expect(await storyOfQuote(quote)).toBe(story.id)
  })

  it('are filed under a story that has never been published on every save, so its editors see them', async () => {
    const quote = await newQuote('Not yet.')
    const story = await storyWith([quoted(quote, 'Not yet.')], 'draft')
    expect(await storyOfQuote(quote)).toBe(story.id)
  })

  it('are not filed from a draft saved over a live story: readers still read the published text and its quotes', async () => {
    const live = await storyWith([paragraphNode('Nothing quoted yet.')], 'published')
    const quote = await newQuote('A scoop in a draft.')
    await payload.update({ collection: 'articles', id: live.id, draft: true, data: { body: richTextDocument([quoted(quote, 'A scoop in a draft.')]) } })
    expect(await storyOfQuote(quote)).toBeNull()
    // Published, the quote is the story's.
    await payload.update({ collection: 'articles', id: live.id, data: { _status: 'published' } })
    expect(await storyOfQuote(quote)).toBe(live.id)
  })

  it('are taken off the story, and kept on record, when the body no longer holds them', async () => {
    const kept = await newQuote('Words that stay.')
    const cut = await newQuote('Words that are cut.')
    const story = await storyWith([quoted(kept, 'Words that stay.'), quoted(cut, 'Words that are cut.')], 'published')
    expect(await storyOfQuote(cut)).toBe(story.id)
    await payload.update({ collection: 'articles', id: story.id, data: { body: richTextDocument([quoted(kept, 'Words that stay.')]) } })
    expect(await storyOfQuote(kept)).toBe(story.id)
    expect(await storyOfQuote(cut)).toBeNull()
    expect(await payload.findByID({ collection: 'quotes', id: cut, depth: 0, overrideAccess: true })).toMatchObject({ text: 'Words that are cut.' })
  })

  it('leave alone a quote filed under the story by hand, and one another story reported first', async () => {
    const story = await storyWith([paragraphNode('No quotes in the text.')], 'published')
    const byHand = (await payload.create({ collection: 'quotes', data: { text: 'Filed by an editor.', speaker, article: story.id as number } })).id
    const elsewhere = await newQuote('First reported elsewhere.')
    const first = await storyWith([quoted(elsewhere, 'First reported elsewhere.')], 'published')
    await payload.update({ collection: 'articles', id: story.id, data: { body: richTextDocument([quoted(elsewhere, 'First reported elsewhere.')]) } })
    expect(await storyOfQuote(byHand)).toBe(story.id)
    expect(await storyOfQuote(elsewhere)).toBe(first.id)
  })
})

describe('a quote in the free opening of a metered story', () => {
  /** Which of these quotes a visitor with no subscription may read away from the story. */
  const openToEveryone = async (ids: (string | number)[]) => {
    const { docs } = await payload.find({ collection: 'quotes', overrideAccess: false, where: { id: { in: ids } }, depth: 0, limit: 10 })
    return docs.map((doc) => doc.id).sort()
  }

  it('is read by everyone, like the opening; one in the withheld part only by those entitled to it', async () => {
    const opening = await newQuote('The opening words anyone may read.')
    const withheld = await newQuote('The withheld words of the third paragraph.')
    await storyWith([quoted(opening, 'The opening words anyone may read.'), paragraphNode('Second.'), quoted(withheld, 'The withheld words of the third paragraph.')], 'published')
    expect(await openToEveryone([opening, withheld])).toEqual([opening])
  })

  it('follows the opening when editors change its length, both ways', async () => {
    const second = await newQuote('Words in the second paragraph.')
    await storyWith([paragraphNode('First.'), quoted(second, 'Words in the second paragraph.'), paragraphNode('Third.')], 'published')
    expect(await openToEveryone([second])).toEqual([second])
    await payload.updateGlobal({ slug: 'paywall-settings', data: { openingParagraphs: 1 } })
    expect(await openToEveryone([second])).toEqual([])
    await payload.updateGlobal({ slug: 'paywall-settings', data: { openingParagraphs: 2 } })
    expect(await openToEveryone([second])).toEqual([second])
  })

  it('is not freed by a draft: only the published text counts', async () => {
    const quote = await newQuote('Words a draft moves into the opening.')
    const story = await storyWith([paragraphNode('One.'), paragraphNode('Two.'), quoted(quote, 'Words a draft moves into the opening.')], 'published')
    expect(await openToEveryone([quote])).toEqual([])
    await payload.update({ collection: 'articles', id: story.id, draft: true, data: { body: richTextDocument([quoted(quote, 'Words a draft moves into the opening.')]) } })
    expect(await openToEveryone([quote])).toEqual([])
  })
})
