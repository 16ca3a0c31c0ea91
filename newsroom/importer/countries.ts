import { WORLD_COUNTRIES } from '@/lib/countries/worldCountries'

import { fold } from './lexicon'
import type { KnownCountry } from './types'

/**
 * Stories name countries by name, demonym, seat of government or abbreviation. Names, other spellings and
 * demonyms come from the world-countries dataset (decision 016); the newsroom's extras are kept here.
 * Regions and cities are known so they are never read as a country ("Latin American" is not "American")
 * or a name.
 */

type CountryExtras = {
  iso: string
  names?: string[]
  demonyms?: string[]
  institutions?: string[]
}

// What the dataset lacks: seats of government, the press's spellings; these win a spelling it shares.
const NEWSROOM_EXTRAS: readonly CountryExtras[] = [
  { iso: 'AR', demonyms: ['Argentinian', 'Argentinean'], institutions: ['Casa Rosada'] },
  { iso: 'BO', institutions: ['Palacio Quemado', 'Casa Grande del Pueblo'] },
  { iso: 'BR', institutions: ['Planalto', 'Palácio do Planalto', 'Itamaraty'] },
  { iso: 'CA', institutions: ['Parliament Hill'] },
  { iso: 'CL', institutions: ['La Moneda'] },
  { iso: 'CO', institutions: ['Casa de Nariño', 'Palacio de San Carlos'] },
  { iso: 'EC', demonyms: ['Ecuadorian'], institutions: ['Carondelet', 'Palacio de Carondelet'] },
  { iso: 'SV', demonyms: ['Salvadorean'] },
  { iso: 'MX', names: ['México'], institutions: ['Los Pinos', 'Banxico'] },
  { iso: 'PA', names: ['Panamá'] },
  { iso: 'PY', institutions: ['Mburuvicha Róga', 'Palacio de López'] },
  { iso: 'PE', names: ['Perú'], institutions: ['Torre Tagle'] },
  { iso: 'SR', demonyms: ['Surinamese'] },
  { iso: 'US', names: ['U.S.', 'US', 'U.S.A.'], institutions: ['White House', 'Pentagon', 'State Department', 'Capitol Hill', 'Federal Reserve', 'Oval Office'] },
  { iso: 'UY', institutions: ['Torre Ejecutiva'] },
  { iso: 'VE', institutions: ['Miraflores Palace', 'Palacio de Miraflores'] },
  { iso: 'FR', institutions: ['Élysée', 'Elysee', 'Élysée Palace', 'Quai d’Orsay', "Quai d'Orsay", 'Matignon'] },
  { iso: 'DE', institutions: ['Bundestag', 'Bundesbank', 'Bundesrat'] },
  { iso: 'IE', institutions: ['Dáil'] },
  { iso: 'IT', institutions: ['Palazzo Chigi', 'Farnesina', 'Quirinale'] },
  { iso: 'RU', institutions: ['Kremlin', 'State Duma', 'Duma'] },
  { iso: 'ES', institutions: ['Moncloa'] },
  { iso: 'UA', institutions: ['Verkhovna Rada'] },
  { iso: 'GB', names: ['Britain', 'U.K.', 'England'], institutions: ['Downing Street', 'Whitehall', 'Bank of England'] },
  { iso: 'VA', names: ['Holy See'] },
  { iso: 'IR', institutions: ['IRGC'] },
  { iso: 'IL', institutions: ['Knesset', 'Mossad'] },
  { iso: 'SA', demonyms: ['Saudi'] },
  { iso: 'TR', names: ['Turkey'] },
  { iso: 'CN', institutions: ['Zhongnanhai'] },
]

// Sovereign states first, so "American" and "Indian" name them, not a territory sharing the spelling.
const DATASET_COUNTRIES = [...WORLD_COUNTRIES].sort((a, b) => Number(b.independent) - Number(a.independent))

// Named so that the longest match wins, never countries.
const REGIONS = [
  'Latin America',
  'Latin American',
  'South America',
  'South American',
  'North America',
  'North American',
  'Central America',
  'Central American',
  'the Americas',
  'Caribbean',
  'Southern Cone',
  'Andes',
  'Andean',
  'Amazon',
  'Middle East',
  'Middle Eastern',
  'Persian Gulf',
  'Gulf',
  'Europe',
  'European',
  'European Union',
  'Balkans',
  'Scandinavia',
  'Scandinavian',
  'Africa',
  'African',
  'Asia',
  'Asian',
  'Indian Ocean',
  'Pacific',
  'Atlantic',
]

// Cities that would otherwise read as a person's name ("Buenos Aires").
const CITIES = [
  'Buenos Aires',
  'La Paz',
  'Santa Cruz',
  'El Alto',
  'São Paulo',
  'Sao Paulo',
  'Rio de Janeiro',
  'Porto Alegre',
  'Belo Horizonte',
  'Brasília',
  'Brasilia',
  'Santiago de Chile',
  'Ciudad del Este',
  'Foz do Iguaçu',
  'Mexico City',
  'Ciudad de México',
  'Panama City',
  'Guatemala City',
  'San José',
  'San Salvador',
  'Santo Domingo',
  'New York',
  'Los Angeles',
  'San Francisco',
  'New Delhi',
  'Tel Aviv',
  'Abu Dhabi',
  'Kuwait City',
  'Hong Kong',
  'The Hague',
  'Lima',
  'Bogotá',
  'Bogota',
  'Caracas',
  'Quito',
  'Asunción',
  'Asuncion',
  'Montevideo',
  'Havana',
  'Managua',
  'Tegucigalpa',
  'Ottawa',
  'Washington',
  'London',
  'Paris',
  'Berlin',
  'Madrid',
  'Lisbon',
  'Rome',
  'Brussels',
  'Vienna',
  'Warsaw',
  'Kyiv',
  'Kiev',
  'Moscow',
  'Minsk',
  'Geneva',
  'Athens',
  'Ankara',
  'Istanbul',
  'Tehran',
  'Baghdad',
  'Jerusalem',
  'Beirut',
  'Damascus',
  'Amman',
  'Riyadh',
  'Dubai',
  'Doha',
  'Cairo',
  'Beijing',
  'Tokyo',
]

export type CountryMention = { iso: string; start: number; end: number }

export type PlaceTerm = { words: number; iso: string | null }

export type Gazetteer = {
  countriesIn(text: string): CountryMention[]
  placeTermAt(words: readonly string[], at: number): PlaceTerm | null
  isCity(name: string): boolean
  // The newsroom's own name when it has one.
  nameOf(iso: string): string
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// "Peruvians", "Saudis": the plural of a demonym names the country too.
const withPlural = (demonym: string): string[] => (/(?:[ni]|ine)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym])

// Some 2,000 terms take milliseconds to compile; the newsroom's countries rarely change between imports.
let lastGazetteer: { key: string; gazetteer: Gazetteer } | null = null

export function gazetteerWith(known: readonly KnownCountry[]): Gazetteer {
  const key = JSON.stringify(known)
  if (lastGazetteer?.key !== key) lastGazetteer = { key, gazetteer: buildGazetteer(known) }
  return lastGazetteer.gazetteer
}

function buildGazetteer(known: readonly KnownCountry[]): Gazetteer {
  const isoOfTerm = new Map<string, string | null>()
  const demonyms = new Set<string>()
  const claim = (term: string, iso: string) => {
    if (!isoOfTerm.has(term)) isoOfTerm.set(term, iso)
  }
  const claimDemonyms = (names: readonly string[], iso: string) => {
    for (const demonym of names.flatMap(withPlural)) {
      claim(demonym, iso)
      demonyms.add(demonym)
    }
  }
  for (const country of NEWSROOM_EXTRAS) {
    for (const term of [...(country.names ?? []), ...(country.institutions ?? [])]) claim(term, country.iso)
    claimDemonyms(country.demonyms ?? [], country.iso)
  }
  for (const country of DATASET_COUNTRIES) {
    // Stories set apostrophes curly, the dataset straight: "Côte d’Ivoire".
    for (const term of [country.name, ...country.otherNames]) for (const spelling of [term, term.replaceAll("'", '’')]) claim(spelling, country.isoCode)
    claimDemonyms(country.demonyms, country.isoCode)
  }
  for (const country of known) {
    for (const term of [country.name, ...(country.otherNames ?? [])]) claim(term, country.iso)
    claimDemonyms(country.demonyms ?? [], country.iso)
  }
  for (const region of REGIONS) isoOfTerm.set(region, null)

  const terms = [...isoOfTerm.keys()].sort((a, b) => b.length - a.length)
  const anyTerm = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu')

  const termsByFirstWord = new Map<string, Array<{ words: string[]; iso: string | null }>>()
  for (const [term, iso] of isoOfTerm) {
    const words = term.split(' ').map(fold)
    const list = termsByFirstWord.get(words[0]!) ?? []
    list.push({ words, iso })
    list.sort((a, b) => b.words.length - a.words.length)
    termsByFirstWord.set(words[0]!, list)
  }
  const cities = new Set(CITIES.map(fold))
  const knownNames = new Map(known.map((country) => [country.iso, country.name]))
  const gazetteerNames = new Map(WORLD_COUNTRIES.map((country) => [country.isoCode, country.name]))

  return {
    countriesIn(text) {
      const mentions: CountryMention[] = []
      for (const match of text.matchAll(anyTerm)) {
        const iso = isoOfTerm.get(match[0])
        const start = match.index
        const end = start + match[0].length
        if (iso && !(demonyms.has(match[0]) && namesALanguage(text, start, end))) mentions.push({ iso, start, end })
      }
      return mentions
    },
    placeTermAt(words, at) {
      const candidates = termsByFirstWord.get(fold(words[at] ?? '')) ?? []
      const found = candidates.find((term) => term.words.every((word, offset) => fold(words[at + offset] ?? '') === word))
      return found ? { words: found.words.length, iso: found.iso } : null
    },
    isCity: (name) => cities.has(fold(name)),
    nameOf: (iso) => knownNames.get(iso) ?? gazetteerNames.get(iso) ?? iso,
  }
}

// "said in Spanish.", "a Portuguese-language daily": a language, not the country.
function namesALanguage(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 12)
  if (/^[-\s](?:language|speaking|speakers?)\b/.test(after)) return true
  return /\bin $/.test(text.slice(Math.max(0, start - 3), start)) && /^(?:[.,;:)]|$)/.test(after)
}
