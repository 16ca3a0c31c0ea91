import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { acceptedImportSchema, acceptEverything, createImportedDraft, knownEntities, type AcceptedImport } from '@/newsroom/importDraft'
import { proposeImport } from '@/newsroom/importer'
import { loadSeedStory } from '@/seed'
import { paragraphTexts } from '@/reader/richText'

import { testSection } from '../support/fixtures'
import { bootPayload } from '../support/harness'

/** From a pasted story to a draft (newsroom/importDraft.ts), on a real Payload and database. */
let payload: Payload
let cleanup: () => Promise<void>
let section: number
let contributor: User

/** The scraped first story, as a journalist would paste it. */
const SEED_TEXT = fs.readFileSync(new URL('../../seed/story.txt', import.meta.url), 'utf8')
const staff = (role: User['role']) =>
  payload.create({ collection: 'users', data: { email: `${role}@import.test`, password: 'a-long-password', name: `The ${role}`, role } })

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  section = await testSection(payload)
  await staff('admin') // the first staff account is always an admin
  contributor = await staff('contributor')
})
afterAll(async () => cleanup?.())

const accepted = (input: unknown): AcceptedImport => acceptedImportSchema.parse(input)

describe('a story imported into an empty newsroom', () => {
  let draftId: string | number

  beforeAll(async () => {
    const proposal = proposeImport(SEED_TEXT, await knownEntities(payload))
    if (!proposal.ok) throw new Error(proposal.error)
    const draft = await createImportedDraft(payload, accepted(acceptEverything(proposal.proposal, { dek: 'A standfirst.', section })), null)
    expect(draft.created).toEqual({ people: 5, quotes: 5, countries: 7 })
    expect(draft.skipped).toEqual([])
    draftId = draft.id
  })

  it('is a draft, which readers cannot see', async () => {
    const story = await payload.findByID({ collection: 'articles', id: draftId, draft: true, depth: 0 })
    expect(story._status).toBe('draft')
    expect(story.title).toBe('Bolivia’s interest in Iranian drones raises concerns in U.S. and Latin America')
    const { totalDocs } = await payload.find({ collection: 'articles', where: { id: { equals: draftId } }, overrideAccess: false })
    expect(totalDocs).toBe(0)
  })

  it('reads as the story did, every quote marked in its sentence and filed under the story', async () => {
    const story = await payload.findByID({ collection: 'articles', id: draftId, draft: true, depth: 2 })
    expect(paragraphTexts(story.body)).toEqual(loadSeedStory().paragraphs)
    const { docs: quotes } = await payload.find({ collection: 'quotes', where: { article: { equals: draftId } }, depth: 1, pagination: false })
    expect(quotes.map((quote) => [quote.text.slice(0, 30), typeof quote.speaker === 'object' && quote.speaker.name]).sort()).toEqual([
      ['My visit to Iran does not sign', 'Edmundo Novillo'],
      ['This situation is objectively ', 'Andrés Jouannet'],
      ['We are prepared to provide the', 'Mohammad Reza Ashtiani'],
      ['We are wary of any Iranian tec', 'John Kirby'],
      ['provision of weaponry', 'Alberto Asseff'],
    ])
  })

  it('tags the story with its people and countries', async () => {
    const story = await payload.findByID({ collection: 'articles', id: draftId, draft: true, depth: 1 })
    const names = (list: unknown) => ((list ?? []) as { name: string }[]).map((item) => item.name).sort()
    expect(names(story.people)).toEqual(['Alberto Asseff', 'Andrés Jouannet', 'Edmundo Novillo', 'John Kirby', 'Mohammad Reza Ashtiani'])
    expect(names(story.countries)).toEqual(['Argentina', 'Bolivia', 'Chile', 'Iran', 'Russia', 'Ukraine', 'United States'])
  })

  it('knows the people and countries the next time, and adds no second record of them', async () => {
    const known = await knownEntities(payload)
    const again = proposeImport(SEED_TEXT, known)
    if (!again.ok) throw new Error(again.error)
    expect(again.proposal.people.every((person) => person.existing)).toBe(true)
    const second = await createImportedDraft(payload, accepted(acceptEverything(again.proposal, { dek: 'Again.', section })), null)
    expect(second.created).toEqual({ people: 0, quotes: 5, countries: 0 })
    const slug = (await payload.findByID({ collection: 'articles', id: second.id, draft: true, depth: 0 })).slug
    expect(slug).toBe('bolivias-interest-in-iranian-drones-raises-concerns-in-u-s-and-latin-america-2')
  })
})

describe('a story imported by a contributor', () => {
  const story = {
    headline: 'Harbour bridge reopens',
    dek: 'Two years late.',
    paragraphs: ['The mayor, Ana Ruiz, said: “We kept our word.”', 'Engineers from Peru and Atlantis helped.'],
    quotes: [{ text: 'We kept our word.', speaker: 'Ana Ruiz', speakerRole: 'Mayor', paragraph: 0 }],
    people: [{ name: 'Ana Ruiz', aliases: [], role: 'Mayor', country: 'PE', existing: false }],
    countries: [
      { name: 'Peru', iso: 'PE' },
      { name: 'Atlantis', iso: 'XA' },
    ],
  }

  it('is saved with the contributor’s access: their draft, their people, quotes and the country missing', async () => {
    await payload.create({ collection: 'countries', data: { name: 'Peru', isoCode: 'PE', slug: 'peru' } })
    const draft = await createImportedDraft(payload, accepted({ ...story, section }), contributor)
    expect(draft.created).toEqual({ people: 1, quotes: 1, countries: 1 })
    expect(draft.skipped).toEqual([])
    const saved = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, depth: 1, overrideAccess: false, user: contributor })
    expect(saved.authors?.map((author) => typeof author === 'object' && author.id)).toEqual([contributor.id])
    expect(saved.countries?.map((country) => typeof country === 'object' && country.name)).toEqual(['Peru', 'Atlantis'])
    expect(saved._status).toBe('draft')
  })

  it('is refused, before anything is saved, when the section chosen is gone', async () => {
    const people = await payload.count({ collection: 'people' })
    await expect(createImportedDraft(payload, accepted({ ...story, headline: 'Lost', section: 999_999 }), contributor)).rejects.toMatchObject({
      status: 400,
      message: 'the section chosen no longer exists; pick another.',
    })
    expect((await payload.count({ collection: 'people' })).totalDocs).toBe(people.totalDocs)
  })
})

describe('what the journalist sends back', () => {
  const base = {
    headline: 'H',
    dek: 'D',
    section: 1,
    paragraphs: ['She said “yes”.'],
    quotes: [{ text: 'yes', speaker: 'Ana', paragraph: 0 }],
    people: [{ name: 'Ana', aliases: [], existing: false }],
    countries: [],
  }
  const problems = (input: unknown) => {
    const result = acceptedImportSchema.safeParse(input)
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
  }

  it('is taken when every quote stands in its paragraph and its speaker was kept', () => {
    expect(problems(base)).toEqual([])
  })

  it('is refused with the field at fault when a quote was edited out of its paragraph or its speaker dropped', () => {
    expect(problems({ ...base, quotes: [{ ...base.quotes[0], text: 'no' }] })).toEqual(['quotes.0.text is not in the paragraph it is said to stand in'])
    expect(problems({ ...base, people: [] })).toEqual(['quotes.0.speaker is not one of the people kept'])
  })

  it('is refused when a field has the wrong type or no headline', () => {
    expect(problems({ ...base, headline: '   ' })).toEqual(['headline is empty'])
    expect(problems({ ...base, section: { $ne: 1 } })).toEqual(['section is not chosen'])
    expect(problems({ ...base, section: null })).toEqual(['section is not chosen'])
    expect(problems({ ...base, paragraphs: 'text' }).length).toBeGreaterThan(0)
  })
})
