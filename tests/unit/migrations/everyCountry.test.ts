import { describe, expect, it } from 'vitest'

import { COUNTRIES_TO_ADD, plan, type StoredCountry } from '@/migrations/20261207_203426_every_country'

const stored = (isoCode: string, name: string, slug: string): StoredCountry => ({ isoCode, name, slug })
const SEEDED = [stored('BO', 'Bolivia', 'bolivia'), stored('IR', 'Iran', 'iran')]

describe('what the every_country migration adds', () => {
  it('adds every other country to a newsroom in use, and gives the ones it has their lists', () => {
    const { add, spellingsFor } = plan(SEEDED)
    expect(add).toHaveLength(COUNTRIES_TO_ADD.length - 2)
    expect(spellingsFor.map((country) => country.isoCode)).toEqual(['BO', 'IR'])
    expect(add.find((country) => country.isoCode === 'PE')).toMatchObject({ name: 'Peru', slug: 'peru', region: 'Latin America', demonyms: ['Peruvian'] })
  })

  it('adds nothing the second time', () => {
    const afterFirst = [...SEEDED, ...plan(SEEDED).add.map(({ isoCode, name, slug }) => stored(isoCode, name, slug))]
    expect(plan(afterFirst).add).toEqual([])
  })

  it('leaves a name or slug an editor gave another country to the editors', () => {
    const { add } = plan([...SEEDED, stored('XP', 'Peru', 'the-peru'), stored('XC', 'Chile (our own)', 'chile')])
    expect(add.map((country) => country.isoCode)).not.toContain('PE')
    expect(add.map((country) => country.isoCode)).not.toContain('CL')
  })

  it('leaves a new database, with no country yet, to the seed or a restore', () => {
    expect(plan([])).toEqual({ add: [], spellingsFor: [] })
  })
})
