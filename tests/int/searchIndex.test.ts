import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { indexedEntriesOf, rankedCandidates, rankedIndexesOf } from '@/reader/search/rankedIndex'
import { SEARCHED_COLLECTIONS } from '@/reader/search/searchIndex'
import { queryTermsOf } from '@/reader/search/terms'

import { paragraphWithQuotes, richTextDocument } from '@/reader/richText'

import { createImage, createStory, testSection } from '../support/fixtures'
import { bootPayload } from '../support/harness'

/** The search index (reader/search/searchIndex.ts) as Payload's search plugin keeps it on the real database. */
let payload: Payload
let cleanup: () => Promise<void>
let heroImage: number | string

const OPENING = ['Zephyrine drones were seen over the lake.', 'A second paragraph about the marimba.']
const WITHHELD = ['The withheld paragraph names the quokkaville base.']

/** The kinds and titles of the entries matching a query, as the search page's ranked index finds them. */
const entriesMatching = async (query: string) => {
  const { docs } = await payload.find({ collection: 'search', select: { doc: true, title: true, text: true, terms: true }, depth: 0, pagination: false })
  const indexes = rankedIndexesOf(indexedEntriesOf(docs))
  const titleOf = new Map(docs.map((entry) => [`${entry.doc.relationTo}:${String(entry.doc.value)}`, entry.title]))
  return SEARCHED_COLLECTIONS.flatMap((collection) =>
    rankedCandidates(indexes, collection, queryTermsOf(query), 100).map((found) => `${collection}: ${titleOf.get(`${collection}:${String(found.id)}`)}`),
  ).sort()
}

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  heroImage = (await createImage(payload, 'search-index')).id
})
afterAll(async () => cleanup?.())

describe('the search index', () => {
  it('keeps a published story’s headline, standfirst and opening, never its withheld part', async () => {
    await createStory(payload, { title: 'Lake sightings', status: 'published', paragraphs: [...OPENING, ...WITHHELD], heroImage })
    expect(await entriesMatching('zephyrine drone')).toEqual(['articles: Lake sightings'])
    expect(await entriesMatching('marimba')).toEqual(['articles: Lake sightings'])
    expect(await entriesMatching('sightings standfirst')).toEqual(['articles: Lake sightings'])
    expect(await entriesMatching('quokkaville')).toEqual([])
  })

  it('keeps the words of a quote standing in the opening, read from the quote record', async () => {
    const speaker = await payload.create({ collection: 'people', data: { name: 'Quincy Inline', slug: 'quincy-inline' } })
    const quote = await payload.create({ collection: 'quotes', data: { text: 'Xylocarp harvests are late', speaker: speaker.id as number } })
    const text = 'She said “Xylocarp harvests are late” at dawn.'
    const start = text.indexOf('Xylocarp')
    await payload.create({
      collection: 'articles',
      draft: false,
      data: {
        title: 'Inline words',
        slug: 'inline-words',
        dek: 'A standfirst.',
        section: await testSection(payload),
        heroImage: heroImage as number,
        body: richTextDocument([paragraphWithQuotes(text, [{ start, end: start + 'Xylocarp harvests are late'.length, quote: quote.id }])]),
        _status: 'published',
      },
    })
    expect(await entriesMatching('xylocarp harvest')).toEqual(['articles: Inline words', 'quotes: Xylocarp harvests are late'])
  })

  it('keeps the whole text of a story free to read', async () => {
    await createStory(payload, { title: 'Open harbour', status: 'published', freeToRead: true, paragraphs: ['One.', 'Two.', 'The free quokkaharbour paragraph.'], heroImage })
    expect(await entriesMatching('quokkaharbour')).toEqual(['articles: Open harbour'])
  })

  it('never keeps a draft, and forgets a story when it is unpublished or deleted', async () => {
    const story = await createStory(payload, { title: 'Draft of the wombatine', status: 'draft', heroImage })
    expect(await entriesMatching('wombatine')).toEqual([])
    await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
    expect(await entriesMatching('wombatine')).toEqual(['articles: Draft of the wombatine'])
    await payload.update({ collection: 'articles', id: story.id, data: { _status: 'draft' } })
    expect(await entriesMatching('wombatine')).toEqual([])
    await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
    await payload.delete({ collection: 'articles', id: story.id })
    expect(await entriesMatching('wombatine')).toEqual([])
  })

  it('rewrites every story’s entry when editors shorten the opening', async () => {
    await createStory(payload, { title: 'Three paragraphs', status: 'published', paragraphs: ['First.', 'The numbatine second paragraph.', 'Third.'], heroImage })
    expect(await entriesMatching('numbatine')).toEqual(['articles: Three paragraphs'])
    await payload.updateGlobal({ slug: 'paywall-settings', data: { openingParagraphs: 1 } })
    expect(await entriesMatching('numbatine')).toEqual([])
    await payload.updateGlobal({ slug: 'paywall-settings', data: { openingParagraphs: 2 } })
    expect(await entriesMatching('numbatine')).toEqual(['articles: Three paragraphs'])
  })

  it('finds a person by any spelling of their name, and their quotes and tagged stories by it', async () => {
    const person = await payload.create({
      collection: 'people',
      data: { name: 'Ilse Quartermain', slug: 'ilse-quartermain', role: 'Harbour master', aliases: [{ name: 'Ilsa Kwartermaine' }] },
    })
    const story = await createStory(payload, { title: 'Harbour talks', status: 'published', heroImage })
    await payload.update({ collection: 'articles', id: story.id, data: { people: [person.id as number] } })
    await payload.create({ collection: 'quotes', data: { text: 'The tide waits for nobody.', speaker: person.id as number, article: story.id as number } })
    expect(await entriesMatching('Kwartermaine')).toEqual(['articles: Harbour talks', 'people: Ilse Quartermain', 'quotes: The tide waits for nobody.'])
    expect(await entriesMatching('tides')).toEqual(['quotes: The tide waits for nobody.'])
  })

  it('follows a person’s or a country’s new name into the entries of their stories and quotes', async () => {
    const person = await payload.create({ collection: 'people', data: { name: 'Oskar Oldname', slug: 'oskar-oldname' } })
    const country = await payload.create({ collection: 'countries', data: { name: 'Oldlandia', isoCode: 'QO', slug: 'oldlandia' } })
    const story = await createStory(payload, { title: 'Border talks', status: 'published', heroImage })
    await payload.update({ collection: 'articles', id: story.id, data: { people: [person.id as number], countries: [country.id as number] } })
    await payload.create({ collection: 'quotes', data: { text: 'We will talk.', speaker: person.id as number, article: story.id as number } })
    expect(await entriesMatching('Oldname')).toEqual(['articles: Border talks', 'people: Oskar Oldname', 'quotes: We will talk.'])

    await payload.update({ collection: 'people', id: person.id, data: { name: 'Oskar Newname' } })
    expect(await entriesMatching('Newname')).toEqual(['articles: Border talks', 'people: Oskar Newname', 'quotes: We will talk.'])
    expect(await entriesMatching('Oldname')).toEqual([])

    await payload.update({ collection: 'countries', id: country.id, data: { name: 'Newlandia' } })
    expect(await entriesMatching('Newlandia')).toEqual(['articles: Border talks'])
    expect(await entriesMatching('Oldlandia')).toEqual([])
  })

  it('is read by staff only: readers and API callers never see the words it holds', async () => {
    await expect(payload.find({ collection: 'search', overrideAccess: false, depth: 0, limit: 5 })).rejects.toThrow('You are not allowed')
  })
})
