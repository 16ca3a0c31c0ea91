import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { proposeImport, type KnownEntities, type Proposal } from '@/newsroom/importer'

/** Stories about fictional people in real countries, one quoting style or difficulty each (see fixtures/). */
const fixture = (name: string): string => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

const nobodyKnown: KnownEntities = { people: [], countries: [] }

function propose(text: string, known: KnownEntities = nobodyKnown): Proposal {
  const result = proposeImport(text, known)
  if (!result.ok) throw new Error(result.error)
  return result.proposal
}

const quote = (
  paragraph: number,
  text: string,
  speaker: string | null,
  speakerRole: string | null,
  relayedBy: string | null = null,
  note: unknown = null,
) => ({
  text,
  speaker,
  speakerRole,
  relayedBy,
  paragraph,
  note,
})
const isos = (proposal: Proposal): string[] => proposal.countries.map((country) => country.iso)

describe('a wire story quoting quote-first, by surname, by title and “according to” (Peru, Brazil)', () => {
  const proposal = propose(fixture('peru-brazil-quote-first.txt'))

  it('keeps the story and its photo credit, and drops the menu placeholder and the rail', () => {
    expect(proposal.headline).toBe('Peru and Brazil agree to share Amazon radar data')
    expect(proposal.paragraphs).toHaveLength(6)
    expect(proposal.photoCredits).toEqual(['Photo: Andina'])
    expect(proposal.imageSlot).toBe(3)
    expect(proposal.paragraphs.join('\n')).not.toContain('Colombia weighs')
  })

  it('attributes each quote to the person the sentence names, with the role the story first gave them', () => {
    expect(proposal.quotes).toEqual([
      // “…,” Fernández de la Torre told reporters: a surname of three words, particles included.
      quote(
        1,
        'This pact protects the Amazon and the people who live there',
        'Lucía Fernández de la Torre',
        'Peru’s Foreign Minister',
      ),
      // “…,” said Bastos Lins
      quote(2, 'We will share radar data within hours, not weeks', 'Otávio Bastos Lins', 'Brazilian senator'),
      // According to Fernández de la Torre, the agreement “…”
      quote(3, 'sets a standard for the whole region', 'Lucía Fernández de la Torre', 'Peru’s Foreign Minister'),
      // “…?” asked the senator in an interview with EFE: one senator was named, so it is him.
      quote(5, 'Will Bolivia and Colombia join us?', 'Otávio Bastos Lins', 'Brazilian senator', 'EFE'),
    ])
  })

  it('proposes the two people with accents and particles intact, roles without their countries', () => {
    expect(proposal.people).toEqual([
      { name: 'Lucía Fernández de la Torre', aliases: [], role: 'Foreign Minister', country: 'PE', existing: false },
      { name: 'Otávio Bastos Lins', aliases: [], role: 'Senator', country: 'BR', existing: false },
    ])
  })

  it('finds Brazil through Itamaraty and Peru through Torre Tagle, as well as by name and demonym', () => {
    expect(isos(proposal)).toEqual(['PE', 'BR', 'BO', 'CO'])
  })
})

describe('a story in straight double quotes with colon attribution and newswire continuations (Paraguay)', () => {
  const proposal = propose(fixture('paraguay-straight-quotes.txt'))

  it('reads colon attributions, a quote continued in the next paragraph, a pronoun, and a paragraph that is only a quotation', () => {
    expect(proposal.quotes).toEqual([
      // Paraguay's central bank governor, Rosa María Benítez, said: "…"
      quote(
        1,
        'Inflation is under control, but we are watching Buenos Aires closely.',
        'Rosa María Benítez',
        "Paraguay's central bank governor",
      ),
      // Tomás Ayala Vera, the country's finance minister, added: "… (left open: the quotation goes on)
      quote(2, "We will not import Argentina's instability.", 'Tomás Ayala Vera', 'finance minister'),
      quote(
        3,
        'Our reserves cover eight months of imports, and the Planalto has offered a swap line if it is ever needed.',
        'Tomás Ayala Vera',
        'finance minister',
        null,
        expect.stringMatching(/continues the quotation/i),
      ),
      // "…," she said, Última Hora reported: the only person the paragraph named is Governor Benítez.
      quote(
        4,
        'We have had no request',
        'Rosa María Benítez',
        "Paraguay's central bank governor",
        'Última Hora',
        expect.stringMatching(/“she”, taken to be Rosa María Benítez/),
      ),
      quote(
        5,
        'The guaraní has never been stronger.',
        null,
        null,
        null,
        expect.stringMatching(/only a quotation, after one quoting Rosa María Benítez/),
      ),
      // Ayala Vera: "…"
      quote(6, 'Nobody in Asunción is nervous.', 'Tomás Ayala Vera', 'finance minister'),
    ])
  })

  it('gives “the country’s finance minister” the country named before him', () => {
    expect(proposal.people).toEqual([
      { name: 'Rosa María Benítez', aliases: [], role: 'Central bank governor', country: 'PY', existing: false },
      { name: 'Tomás Ayala Vera', aliases: [], role: 'Finance minister', country: 'PY', existing: false },
    ])
  })

  it('finds Argentina through the Casa Rosada and Brazil through the Planalto, and no country in a city', () => {
    expect(isos(proposal)).toEqual(['PY', 'AR', 'BR'])
  })
})

describe('a story with two foreign ministers, institutions as speakers and a quote nobody can be named for (Spain, Jordan, Qatar)', () => {
  const proposal = propose(fixture('spain-jordan-two-ministers.txt'))

  it('never guesses between two people with the same title, nor names a speaker for an institution', () => {
    expect(proposal.quotes).toEqual([
      quote(1, 'Europe cannot stay on the sidelines', 'Javier Ortega Ruiz', 'Spanish Foreign Minister'),
      // Haddad said the meeting had been “…”
      quote(2, 'frank and useful', 'Omar Haddad', 'Jordanian Foreign Minister'),
      quote(
        3,
        'Nobody wants another war in the region',
        null,
        null,
        null,
        '“the minister” could be Javier Ortega Ruiz or Omar Haddad: check which one said this before accepting.',
      ),
      // Al-Mansouri, speaking from Doha, was more cautious: “…”
      quote(4, 'We are not there yet.', 'Nasser bin Adel al-Mansouri', 'Qatari envoy'),
      quote(5, 'a serious basis', null, null, null, expect.stringMatching(/no speaker found/i)),
      quote(5, 'premature', null, null, null, expect.stringMatching(/Attributed to “the Kremlin”, not to a person/)),
      quote(
        6,
        'The guns must fall silent',
        null,
        null,
        null,
        expect.stringMatching(/Attributed to “the Élysée”, not to a person/),
      ),
    ])
  })

  it('proposes the three people, the al- particle kept, and no city or institution as a person', () => {
    expect(proposal.people).toEqual([
      { name: 'Javier Ortega Ruiz', aliases: [], role: 'Foreign Minister', country: 'ES', existing: false },
      { name: 'Omar Haddad', aliases: [], role: 'Foreign Minister', country: 'JO', existing: false },
      { name: 'Nasser bin Adel al-Mansouri', aliases: [], role: 'Envoy', country: 'QA', existing: false },
    ])
  })

  it('finds the United Kingdom through Downing Street, Russia through the Kremlin and France through the Élysée, but no country in “Europe” or “Gulf”', () => {
    expect(proposal.countries).toEqual([
      { name: 'Spain', iso: 'ES' },
      { name: 'Jordan', iso: 'JO' },
      { name: 'Qatar', iso: 'QA' },
      { name: 'United Kingdom', iso: 'GB' },
      { name: 'Russia', iso: 'RU' },
      { name: 'France', iso: 'FR' },
    ])
  })
})

describe('a scraped page with chrome scattered through the story (Colombia, Venezuela)', () => {
  const proposal = propose(fixture('colombia-venezuela-page-chrome.txt'))

  it('strips the menu, the meter notices, the lone “×” and the advert wherever they stand, and counts both photos', () => {
    expect(proposal.headline).toBe('Colombia and Venezuela reopen talks on border crossings')
    expect(proposal.paragraphs).toHaveLength(6)
    expect(proposal.paragraphs.some((paragraph) => /free article|×|Advertisement|No menu items/.test(paragraph))).toBe(false)
    expect(proposal.photoCredits).toEqual(['Photo Reuters.', 'Photo Reuters.'])
    expect(proposal.imageSlot).toBe(0)
  })

  it('reads title and surname, a bare surname, “speaking to” an outlet and a lone “he”', () => {
    expect(proposal.quotes).toEqual([
      // Minister Salazar Peña said, “…”
      quote(1, 'The crossings will open at dawn, and they will stay open.', 'Ricardo Salazar Peña', 'Colombian Defense Minister'),
      // Marín added that Caracas wanted “…”
      quote(2, 'a border without smugglers', 'Carmen Luisa Marín', 'Venezuelan Interior Minister'),
      quote(3, 'This is a step in the right direction', 'Megan Holt', 'State Department spokesperson', 'Caracol Radio'),
      quote(
        4,
        'Let us see what happens in a month',
        'Julián Ibarra Soto',
        'Mexican mediator',
        null,
        expect.stringMatching(/“he”, taken to be Julián Ibarra Soto/),
      ),
      quote(5, 'Nobody trusts anybody yet.', null, null, null, expect.stringMatching(/only a quotation/)),
    ])
  })

  it('proposes the four people, and not the Simón Bolívar bridge', () => {
    expect(proposal.people).toEqual([
      { name: 'Ricardo Salazar Peña', aliases: [], role: 'Defense Minister', country: 'CO', existing: false },
      { name: 'Carmen Luisa Marín', aliases: [], role: 'Interior Minister', country: 'VE', existing: false },
      { name: 'Megan Holt', aliases: [], role: 'Spokesperson', country: 'US', existing: false },
      { name: 'Julián Ibarra Soto', aliases: [], role: 'Mediator', country: 'MX', existing: false },
    ])
  })

  it('finds the United States through the State Department, not through “Washington”', () => {
    expect(isos(proposal)).toEqual(['CO', 'VE', 'US', 'MX'])
  })
})

describe('a story about people the newsroom already has (Uruguay)', () => {
  const text = fixture('uruguay-known-people.txt')
  const known: KnownEntities = {
    people: [
      { name: 'Inés Ferreira', aliases: [], role: 'Minister of Economy and Finance', country: 'UY' },
      { name: 'Gonzalo Pereira', aliases: ['Gonzalo Pereyra'], role: 'Senator', country: 'UY' },
      { name: 'Sebastián Lagos', aliases: ['Seba Lagos'], role: 'Senator', country: 'UY' },
    ],
    countries: [{ name: 'Oriental Republic of Uruguay', iso: 'UY' }],
  }

  it('uses the newsroom’s names, matched by alias and without regard to accents', () => {
    const proposal = propose(text, known)
    expect(proposal.quotes).toEqual([
      // "…?" asked Sen. Gonzalo Pereyra, an opposition senator.
      quote(1, 'Who pays if our dairy farmers lose their market?', 'Gonzalo Pereira', 'opposition senator'),
      quote(2, 'The study answers that question', 'Inés Ferreira', 'Uruguayan Economy Minister'),
      // Pereyra, who chairs the finance committee, said the figures were "…"
      quote(3, 'optimistic at best', 'Gonzalo Pereira', 'opposition senator'),
      // According to the minister, …: one minister was named.
      quote(4, 'by a fifth within five years', 'Inés Ferreira', 'Uruguayan Economy Minister'),
      // Lagos is never named in full, but the newsroom knows him.
      quote(5, 'We have the votes.', 'Sebastián Lagos', 'government senator'),
    ])
    expect(proposal.people).toEqual([
      { name: 'Inés Ferreira', aliases: [], role: 'Economy Minister', country: 'UY', existing: true },
      { name: 'Gonzalo Pereira', aliases: ['Gonzalo Pereyra'], role: 'Opposition senator', country: 'UY', existing: true },
      { name: 'Sebastián Lagos', aliases: ['Seba Lagos'], role: 'Government senator', country: 'UY', existing: true },
    ])
    expect(proposal.countries).toEqual([{ name: 'Oriental Republic of Uruguay', iso: 'UY' }])
  })

  it('never invents a speaker: a surname the story never names in full, and the newsroom does not know, stays unattributed', () => {
    const proposal = propose(text)
    expect(proposal.quotes.at(-1)).toEqual(
      quote(
        5,
        'We have the votes.',
        null,
        null,
        null,
        '“Lagos” is not someone the story names in full: check who said this before accepting.',
      ),
    )
    expect(proposal.people.map((person) => person.name)).toEqual(['Ines Ferreira', 'Gonzalo Pereyra'])
  })

  it('links a person to the newsroom’s record even when the story uses another spelling first', () => {
    const proposal = propose(
      'Talks resume\n\nIranian envoy Mohammad Reza Ashtiani arrived on Monday.\n\nMohamad Reza Ashtiani said: “We are ready.”\n',
      { people: [{ name: 'Mohamad Reza Ashtiani', aliases: [] }], countries: [] },
    )
    expect(proposal.people).toEqual([
      { name: 'Mohamad Reza Ashtiani', aliases: ['Mohammad Reza Ashtiani'], role: 'Envoy', country: 'IR', existing: true },
    ])
    expect(proposal.quotes[0]).toMatchObject({ speaker: 'Mohamad Reza Ashtiani', speakerRole: 'Iranian envoy' })
  })
})

describe('quote text and small attributions', () => {
  const only = (body: string) => propose(`Headline\n\n${body}\n`).quotes

  it('keeps the closing full stop of a whole sentence and drops it from a fragment', () => {
    expect(only('Carlos Ruiz, a Peruvian senator, said: “We will vote.” He called it “a duty.”').map((q) => q.text)).toEqual([
      'We will vote.',
      'a duty',
    ])
  })

  it('reads “X: …” and “…,” X said with the speaker’s own apposition', () => {
    expect(only('Carlos Ruiz, the Peruvian finance minister: “Prices will fall.”')[0]).toMatchObject({
      speaker: 'Carlos Ruiz',
      speakerRole: 'Peruvian finance minister',
    })
    expect(only('“Prices will fall,” Carlos Ruiz, the Peruvian finance minister, said.')[0]).toMatchObject({
      text: 'Prices will fall',
      speaker: 'Carlos Ruiz',
      speakerRole: 'Peruvian finance minister',
    })
  })

  it('takes the outlet from “as reported by”, “Y reported” and “told Y”', () => {
    const relays = only(
      'Carlos Ruiz, a Peruvian senator, said “no,” as reported by La República. “Never,” Ruiz said, El Comercio reported. Ruiz told RPP: “Not now.”',
    ).map((q) => q.relayedBy)
    expect(relays).toEqual(['La República', 'El Comercio', 'RPP'])
  })

  it('reads countries in demonyms, plurals and seats of government, but not in regions or languages', () => {
    const { countries } = propose(
      'Headline\n\nPeruvians and Saudis met Latin American and North American envoys; the talks were held in Spanish. The Pentagon, the Casa Rosada and Mburuvicha Róga were told.\n',
    )
    expect(countries.map((country) => country.iso)).toEqual(['PE', 'SA', 'US', 'AR', 'PY'])
  })

  it('never takes a sentence’s first word, a month, a city or a region for a name', () => {
    const { people } = propose(
      'Headline\n\nEchoing Ruiz, Latin American leaders met in Buenos Aires in July. However Peruvian senator Carlos Ruiz said nothing.\n',
    )
    expect(people.map((person) => person.name)).toEqual(['Carlos Ruiz'])
  })
})
