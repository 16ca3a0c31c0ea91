import { describe, expect, it } from 'vitest'

import { proposeImport } from '@/newsroom/importer'
import { gazetteerWith } from '@/newsroom/importer/countries'

const gazetteer = gazetteerWith([])
const codesIn = (text: string) => gazetteer.countriesIn(text).map((mention) => mention.iso)

describe('the countries a story names', () => {
  it('knows every country of the dataset by name, official name and demonym', () => {
    expect(codesIn('Kenya, the Republic of Peru and two Mongolian herders')).toEqual(['KE', 'PE', 'MN'])
    expect(codesIn('Peruvians and Ivorians voted; Côte d’Ivoire and Cote d\'Ivoire too')).toEqual(['PE', 'CI', 'CI', 'CI'])
  })

  it('keeps the newsroom’s own extras: seats of government and the press’s spellings', () => {
    expect(codesIn('The Casa Rosada, the Kremlin and the Élysée answered the U.S. and Turkey')).toEqual(['AR', 'RU', 'FR', 'US', 'TR'])
    expect(codesIn('Argentinian and Ecuadorian officials, and Saudis')).toEqual(['AR', 'EC', 'SA'])
  })

  it('gives a spelling a state shares with a territory to the state', () => {
    expect(codesIn('An American and an Indian diplomat')).toEqual(['US', 'IN'])
  })

  it('reads no bare two-letter code as a country', () => {
    expect(codesIn('PE and BO classes resume')).toEqual([])
  })

  it('still reads regions as regions, never as a country', () => {
    expect(codesIn('Latin American and Middle Eastern leaders')).toEqual([])
  })

  it('reads the spellings and demonyms editors added to a country', () => {
    const known = gazetteerWith([{ name: 'Peru', iso: 'PE', otherNames: ['Tawantinsuyu'], demonyms: ['Limeño'] }])
    expect(known.countriesIn('From Tawantinsuyu, a Limeño wrote')).toMatchObject([{ iso: 'PE' }, { iso: 'PE' }])
    const story = 'Harbour reopens\n\nEngineers from Tawantinsuyu finished the bridge on time.'
    const proposal = proposeImport(story, { people: [], countries: [{ name: 'Peru', iso: 'PE', otherNames: ['Tawantinsuyu'] }] })
    expect(proposal.ok && proposal.proposal.countries).toEqual([{ name: 'Peru', iso: 'PE' }])
  })

  it('names a country the newsroom has not got by the dataset’s name', () => {
    expect(gazetteer.nameOf('PE')).toBe('Peru')
    expect(gazetteerWith([{ name: 'Perú', iso: 'PE' }]).nameOf('PE')).toBe('Perú')
  })
})
