import dataset from 'world-countries'

import { regionOf, type Region } from './regions'

/** A country as the newsroom keeps it, read from the `world-countries` package (decision 016). */
export type WorldCountry = {
  isoCode: string
  name: string
  demonyms: string[]
  otherNames: string[]
  region: Region | null
  // Sovereign states win a spelling they share with a territory ("American", "Indian").
  independent: boolean
}

// "Bolivia, Plurinational State of" is an index entry, not a way a story spells it.
const isIndexForm = (spelling: string): boolean => spelling.includes(', ')

const distinct = (names: readonly string[], except: readonly string[]): string[] =>
  [...new Set(names.map((name) => name.trim()))].filter((name) => name && !except.includes(name))

export const WORLD_COUNTRIES: readonly WorldCountry[] = dataset
  .map((country) => ({
    isoCode: country.cca2,
    name: country.name.common,
    demonyms: distinct([country.demonyms.eng?.m ?? '', country.demonyms.eng?.f ?? ''], []),
    otherNames: distinct(
      [country.name.official, ...country.altSpellings.filter((spelling) => !isIndexForm(spelling))],
      [country.name.common, country.cca2],
    ),
    region: regionOf({ isoCode: country.cca2, region: country.region, subregion: country.subregion }),
    independent: country.independent === true,
  }))
  .sort((a, b) => a.isoCode.localeCompare(b.isoCode))
