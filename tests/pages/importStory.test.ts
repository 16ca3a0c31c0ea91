import fs from 'node:fs'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Proposal } from '@/newsroom/importer'

import { createReaderAccount, readerLogin, Reader, signedInStaff, testSectionId } from '../support/reader'

/** The admin's Import story view calls these REST endpoints (newsroom/importEndpoints.ts). */
const SEED_TEXT = fs.readFileSync(new URL('../../seed/story.txt', import.meta.url), 'utf8')
const PROPOSAL = '/api/import-story/proposal'
const DRAFT = '/api/import-story/draft'

let contributor: Reader
let reader: Reader

beforeAll(async () => {
  contributor = await signedInStaff('contributor')
  await createReaderAccount(await signedInStaff(), 'import-reader@newsroom.test')
  ;({ reader } = await readerLogin('import-reader@newsroom.test'))
})

const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error

describe('proposing an import', () => {
  it('reads the pasted seed story: its headline, five attributed quotes, five people, seven countries', async () => {
    const response = await contributor.send('POST', PROPOSAL, { text: SEED_TEXT })
    expect(response.status).toBe(200)
    const { proposal } = (await response.json()) as { proposal: Proposal }
    expect(proposal.headline).toBe('Bolivia’s interest in Iranian drones raises concerns in U.S. and Latin America')
    expect(proposal.quotes.filter((quote) => quote.speaker !== null)).toHaveLength(5)
    expect(proposal.people.map((person) => [person.name, person.existing])).toEqual(
      expect.arrayContaining([
        ['John Kirby', true],
        ['Edmundo Novillo', true],
      ]),
    )
    expect(proposal.people).toHaveLength(5)
    expect(proposal.countries).toHaveLength(7)
  })

  it('is for staff only: anonymous callers and reader accounts are refused with a message', async () => {
    const anonymous = await new Reader().send('POST', PROPOSAL, { text: SEED_TEXT })
    expect(anonymous.status).toBe(401)
    expect(await errorOf(anonymous)).toBe('Sign in to the newsroom admin to import a story.')
    expect((await reader.send('POST', PROPOSAL, { text: SEED_TEXT })).status).toBe(403)
  })

  it.each([
    ['no text', { text: '' }, 'The text is empty. Paste the story, with its headline on the first line.'],
    ['text of the wrong type', { text: ['a'] }, 'Send the pasted story as "text".'],
    ['a binary file', { text: 'PDF\u0000\u0001\u0002' }, /does not look like text/],
  ])('answers %s with a 400 and what to do', async (_, body, message) => {
    const response = await contributor.send('POST', PROPOSAL, body)
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatch(message)
  })

  it('refuses a request that is not JSON, or a paste over a megabyte, before reading it all', async () => {
    const raw = (body: string) => contributor.request(PROPOSAL, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const notJson = await raw('{"text": "Headl')
    expect(notJson.status).toBe(400)
    expect(await errorOf(notJson)).toBe('The request is not JSON.')
    const huge = await raw(JSON.stringify({ text: 'word '.repeat(1_100_000) }))
    expect(huge.status).toBe(413)
    expect(await errorOf(huge)).toMatch(/far too long/)
  })
})

describe('drafting an import', () => {
  const story = async () => ({
    headline: 'Import test: harbour bridge reopens',
    dek: 'Two years late.',
    section: await testSectionId(),
    paragraphs: ['The mayor, Ana Ruiz, said: “We kept our word.”'],
    quotes: [{ text: 'We kept our word.', speaker: 'Ana Ruiz', speakerRole: 'Mayor', paragraph: 0 }],
    people: [{ name: 'Ana Ruiz', aliases: [], role: 'Mayor', existing: false }],
    countries: [],
  })

  it('makes a draft of what the journalist kept, theirs, and unpublished', async () => {
    const response = await contributor.send('POST', DRAFT, await story())
    expect(response.status).toBe(201)
    const draft = (await response.json()) as { id: string | number; created: { people: number; quotes: number } }
    expect(draft.created).toMatchObject({ people: 1, quotes: 1 })
    const saved = await contributor.get(`/api/articles/${draft.id}?draft=true&depth=0`)
    expect(saved.status).toBe(200)
    expect(await saved.json()).toMatchObject({ title: 'Import test: harbour bridge reopens', _status: 'draft' })
    expect((await new Reader().get(`/api/articles/${draft.id}`)).status).toBe(404)
  })

  it('refuses a quote that is not in its paragraph, naming it, and saves nothing', async () => {
    const before = ((await (await contributor.get('/api/people?where[name][equals]=Bo%20Nobody')).json()) as { totalDocs: number }).totalDocs
    const response = await contributor.send('POST', DRAFT, {
      ...(await story()),
      quotes: [{ text: 'Words never said.', speaker: 'Bo Nobody', paragraph: 0 }],
      people: [{ name: 'Bo Nobody', aliases: [], existing: false }],
    })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toBe('The draft could not be made: quote 1 (its text) is not in the paragraph it is said to stand in.')
    expect(((await (await contributor.get('/api/people?where[name][equals]=Bo%20Nobody')).json()) as { totalDocs: number }).totalDocs).toBe(before)
  })

  it('refuses wrong types and operators in place of values with a 400', async () => {
    for (const body of [{ ...(await story()), section: { equals: 1 } }, { ...(await story()), paragraphs: null }, []]) {
      const response = await contributor.send('POST', DRAFT, body)
      expect(response.status).toBe(400)
      expect(await errorOf(response)).toMatch(/^The draft could not be made: /)
    }
  })
})
