import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { proposeImport, type KnownEntities, type Proposal } from '@/newsroom/importer'
import { COUNTRIES, MAIN_STORY_QUOTES, PEOPLE } from '@/seed/content'

const scrapedPage = fs.readFileSync(new URL('../../../../seed/story.txt', import.meta.url), 'utf8')

const nobodyKnown: KnownEntities = { people: [], countries: [] }
const seedKnown: KnownEntities = {
  people: PEOPLE.map((person) => ({
    name: person.name,
    aliases: [...person.aliases],
    role: person.role,
    country: person.country,
  })),
  countries: COUNTRIES.map((country) => ({ name: country.name, iso: country.isoCode })),
}

function propose(text: string, known: KnownEntities): Proposal {
  const result = proposeImport(text, known)
  if (!result.ok) throw new Error(result.error)
  return result.proposal
}

const nameOf = (slug: string): string => PEOPLE.find((person) => person.slug === slug)!.name

/** The seed's five quotes as the importer proposes them. */
const SEED_QUOTES = MAIN_STORY_QUOTES.map((quote) => ({
  text: quote.text,
  speaker: nameOf(quote.speaker),
  speakerRole: quote.speakerRole,
  relayedBy: quote.relayedBy ?? null,
}))

const PAGE_CHROME = [
  'No menu items!',
  'Photo Internet reproduction.',
  'Check out our other content',
  '×',
  'You have free article(s) remaining. Subscribe for unlimited access.',
]

describe.each([
  ['nobody is known yet', nobodyKnown],
  ['the seed’s people and countries are known', seedKnown],
])('the scraped seed story, when %s', (_, known) => {
  const proposal = propose(scrapedPage, known)

  it('reads the scraped headline and the 13 paragraphs, the photos standing before the fifth', () => {
    expect(proposal.headline).toBe('Bolivia’s interest in Iranian drones raises concerns in U.S. and Latin America')
    expect(proposal.paragraphs).toHaveLength(13)
    expect(proposal.imageSlot).toBe(4)
  })

  it('leaves the page chrome out of the story and keeps both photos’ credits', () => {
    for (const chrome of PAGE_CHROME) {
      expect(proposal.paragraphs.some((paragraph) => paragraph.includes(chrome))).toBe(false)
    }
    expect(proposal.photoCredits).toEqual(['Photo Internet reproduction.', 'Photo Internet reproduction.'])
    expect(proposal.imageSlot).toBe(4)
  })

  it('finds the five quotes of the hand-made seed, each with its speaker, role at the time and relay', () => {
    const attributed = proposal.quotes.filter((quote) => quote.speaker !== null)
    expect(attributed.map(({ text, speaker, speakerRole, relayedBy }) => ({ text, speaker, speakerRole, relayedBy }))).toEqual(
      SEED_QUOTES,
    )
    for (const quote of attributed) {
      expect(proposal.paragraphs[quote.paragraph]).toContain(quote.text)
      expect(quote.note).toBeNull()
    }
  })

  it('never invents a speaker: “confidentiality clause”, cited by both countries, is proposed without one', () => {
    expect(proposal.quotes).toHaveLength(6)
    expect(proposal.quotes[5]).toEqual({
      text: 'confidentiality clause',
      speaker: null,
      speakerRole: null,
      relayedBy: null,
      paragraph: 11,
      note: expect.stringMatching(/no speaker found/i),
    })
  })

  it('resolves “Minister Novillo” to Edmundo Novillo, with the role of the apposition that first named him', () => {
    const novillo = proposal.quotes.find((quote) => proposal.paragraphs[quote.paragraph]!.startsWith('Minister Novillo'))
    expect(novillo).toMatchObject({ speaker: 'Edmundo Novillo', speakerRole: 'Bolivia’s Defense Minister' })
  })

  it('credits HispanTV as the outlet that relayed Ashtiani’s words', () => {
    expect(proposal.quotes.filter((quote) => quote.relayedBy !== null)).toEqual([
      expect.objectContaining({ speaker: 'Mohammad Reza Ashtiani', relayedBy: 'HispanTV' }),
    ])
  })

  it('proposes the five people, each with a role and a country, one entry for both spellings of Ashtiani', () => {
    const existing = known.people.length > 0
    expect(proposal.people).toEqual([
      { name: 'Edmundo Novillo', aliases: [], role: 'Defense Minister', country: 'BO', existing },
      { name: 'Mohammad Reza Ashtiani', aliases: ['Mohamad Reza Ashtiani'], role: 'Defense Minister', country: 'IR', existing },
      { name: 'John Kirby', aliases: [], role: 'Spokesperson', country: 'US', existing },
      { name: 'Alberto Asseff', aliases: [], role: 'Lawmaker', country: 'AR', existing },
      { name: 'Andrés Jouannet', aliases: [], role: 'Parliamentarian', country: 'CL', existing },
    ])
  })

  it('proposes the seed’s seven countries with their ISO codes, and not the region “Latin America”', () => {
    const byIso = (a: { iso: string }, b: { iso: string }) => a.iso.localeCompare(b.iso)
    expect([...proposal.countries].sort(byIso)).toEqual(
      COUNTRIES.map((country) => ({ name: country.name, iso: country.isoCode })).sort(byIso),
    )
  })
})

describe('the seed story and the newsroom’s records', () => {
  it('matches a known person by name or alias whatever the accents and capitals, and uses the known name', () => {
    const proposal = propose(scrapedPage, {
      people: [
        { name: 'ANDRES JOUANNET', aliases: [] },
        { name: 'M. R. Ashtiani', aliases: ['mohamad reza ashtiani'], role: 'Minister of Defence', country: 'IR' },
      ],
      countries: [],
    })
    expect(proposal.people.filter((person) => person.existing)).toEqual([
      {
        name: 'M. R. Ashtiani',
        aliases: ['mohamad reza ashtiani', 'Mohammad Reza Ashtiani'],
        role: 'Defense Minister',
        country: 'IR',
        existing: true,
      },
      // The story's "Andrés Jouannet" is the record's name, accents aside: no new alias.
      { name: 'ANDRES JOUANNET', aliases: [], role: 'Parliamentarian', country: 'CL', existing: true },
    ])
    expect(proposal.quotes.map((quote) => quote.speaker)).toContain('ANDRES JOUANNET')
    expect(proposal.quotes.map((quote) => quote.speaker)).toContain('M. R. Ashtiani')
  })

  it('names a country as the newsroom does when its ISO code is known', () => {
    const proposal = propose(scrapedPage, {
      people: [],
      countries: [
        { name: 'USA', iso: 'US' },
        { name: 'Plurinational State of Bolivia', iso: 'BO' },
      ],
    })
    expect(proposal.countries).toContainEqual({ name: 'USA', iso: 'US' })
    expect(proposal.countries).toContainEqual({ name: 'Plurinational State of Bolivia', iso: 'BO' })
  })

  it('reads the page saved with Windows line endings identically', () => {
    expect(propose(scrapedPage.replace(/\n/g, '\r\n'), nobodyKnown)).toEqual(propose(scrapedPage, nobodyKnown))
  })
})
