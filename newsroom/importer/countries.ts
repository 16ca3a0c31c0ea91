import { fold } from './lexicon'
import type { KnownCountry } from './types'

/**
 * Stories name countries by demonym, seat of government or abbreviation too. Regions and cities are
 * known so they are never read as a country ("Latin American" is not "American") or a name.
 */

type CountryEntry = {
  iso: string
  name: string
  names?: string[]
  demonyms?: string[]
  institutions?: string[]
}

const COUNTRIES: readonly CountryEntry[] = [
  { iso: 'AR', name: 'Argentina', demonyms: ['Argentine', 'Argentinian', 'Argentinean'], institutions: ['Casa Rosada'] },
  { iso: 'BO', name: 'Bolivia', demonyms: ['Bolivian'], institutions: ['Palacio Quemado', 'Casa Grande del Pueblo'] },
  {
    iso: 'BR',
    name: 'Brazil',
    names: ['Brasil'],
    demonyms: ['Brazilian'],
    institutions: ['Planalto', 'Palácio do Planalto', 'Itamaraty'],
  },
  { iso: 'CA', name: 'Canada', demonyms: ['Canadian'], institutions: ['Parliament Hill'] },
  { iso: 'CL', name: 'Chile', demonyms: ['Chilean'], institutions: ['La Moneda'] },
  { iso: 'CO', name: 'Colombia', demonyms: ['Colombian'], institutions: ['Casa de Nariño', 'Palacio de San Carlos'] },
  { iso: 'CR', name: 'Costa Rica', demonyms: ['Costa Rican'] },
  { iso: 'CU', name: 'Cuba', demonyms: ['Cuban'] },
  { iso: 'DO', name: 'Dominican Republic', demonyms: ['Dominican'] },
  { iso: 'EC', name: 'Ecuador', demonyms: ['Ecuadorian', 'Ecuadorean'], institutions: ['Carondelet', 'Palacio de Carondelet'] },
  { iso: 'SV', name: 'El Salvador', demonyms: ['Salvadoran', 'Salvadorean'] },
  { iso: 'GT', name: 'Guatemala', demonyms: ['Guatemalan'] },
  { iso: 'GY', name: 'Guyana', demonyms: ['Guyanese'] },
  { iso: 'HT', name: 'Haiti', demonyms: ['Haitian'] },
  { iso: 'HN', name: 'Honduras', demonyms: ['Honduran'] },
  { iso: 'JM', name: 'Jamaica', demonyms: ['Jamaican'] },
  { iso: 'MX', name: 'Mexico', names: ['México'], demonyms: ['Mexican'], institutions: ['Los Pinos', 'Banxico'] },
  { iso: 'NI', name: 'Nicaragua', demonyms: ['Nicaraguan'] },
  { iso: 'PA', name: 'Panama', names: ['Panamá'], demonyms: ['Panamanian'] },
  { iso: 'PY', name: 'Paraguay', demonyms: ['Paraguayan'], institutions: ['Mburuvicha Róga', 'Palacio de López'] },
  { iso: 'PE', name: 'Peru', names: ['Perú'], demonyms: ['Peruvian'], institutions: ['Torre Tagle'] },
  { iso: 'SR', name: 'Suriname', demonyms: ['Surinamese'] },
  { iso: 'TT', name: 'Trinidad and Tobago', demonyms: ['Trinidadian'] },
  {
    iso: 'US',
    name: 'United States',
    names: ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.'],
    demonyms: ['American'],
    institutions: ['White House', 'Pentagon', 'State Department', 'Capitol Hill', 'Federal Reserve', 'Oval Office'],
  },
  { iso: 'UY', name: 'Uruguay', demonyms: ['Uruguayan'], institutions: ['Torre Ejecutiva'] },
  { iso: 'VE', name: 'Venezuela', demonyms: ['Venezuelan'], institutions: ['Miraflores Palace', 'Palacio de Miraflores'] },
  { iso: 'AT', name: 'Austria', demonyms: ['Austrian'] },
  { iso: 'BY', name: 'Belarus', demonyms: ['Belarusian'] },
  { iso: 'BE', name: 'Belgium', demonyms: ['Belgian'] },
  { iso: 'CZ', name: 'Czech Republic', names: ['Czechia'], demonyms: ['Czech'] },
  { iso: 'DK', name: 'Denmark', demonyms: ['Danish'] },
  { iso: 'FI', name: 'Finland', demonyms: ['Finnish'] },
  {
    iso: 'FR',
    name: 'France',
    demonyms: ['French'],
    institutions: ['Élysée', 'Elysee', 'Élysée Palace', 'Quai d’Orsay', "Quai d'Orsay", 'Matignon'],
  },
  { iso: 'DE', name: 'Germany', demonyms: ['German'], institutions: ['Bundestag', 'Bundesbank', 'Bundesrat'] },
  { iso: 'GR', name: 'Greece', demonyms: ['Greek'] },
  { iso: 'HU', name: 'Hungary', demonyms: ['Hungarian'] },
  { iso: 'IE', name: 'Ireland', demonyms: ['Irish'], institutions: ['Dáil'] },
  { iso: 'IT', name: 'Italy', demonyms: ['Italian'], institutions: ['Palazzo Chigi', 'Farnesina', 'Quirinale'] },
  { iso: 'NL', name: 'Netherlands', names: ['Holland'], demonyms: ['Dutch'] },
  { iso: 'NO', name: 'Norway', demonyms: ['Norwegian'] },
  { iso: 'PL', name: 'Poland', demonyms: ['Polish'] },
  { iso: 'PT', name: 'Portugal', demonyms: ['Portuguese'] },
  { iso: 'RO', name: 'Romania', demonyms: ['Romanian'] },
  { iso: 'RU', name: 'Russia', demonyms: ['Russian'], institutions: ['Kremlin', 'State Duma', 'Duma'] },
  { iso: 'RS', name: 'Serbia', demonyms: ['Serbian'] },
  { iso: 'ES', name: 'Spain', demonyms: ['Spanish'], institutions: ['Moncloa'] },
  { iso: 'SE', name: 'Sweden', demonyms: ['Swedish'] },
  { iso: 'CH', name: 'Switzerland', demonyms: ['Swiss'] },
  { iso: 'UA', name: 'Ukraine', demonyms: ['Ukrainian'], institutions: ['Verkhovna Rada'] },
  {
    iso: 'GB',
    name: 'United Kingdom',
    names: ['Britain', 'Great Britain', 'UK', 'U.K.', 'England'],
    demonyms: ['British'],
    institutions: ['Downing Street', 'Whitehall', 'Bank of England'],
  },
  { iso: 'VA', name: 'Vatican City', names: ['Vatican', 'Holy See'] },
  { iso: 'BH', name: 'Bahrain', demonyms: ['Bahraini'] },
  { iso: 'EG', name: 'Egypt', demonyms: ['Egyptian'] },
  { iso: 'IR', name: 'Iran', demonyms: ['Iranian'], institutions: ['IRGC'] },
  { iso: 'IQ', name: 'Iraq', demonyms: ['Iraqi'] },
  { iso: 'IL', name: 'Israel', demonyms: ['Israeli'], institutions: ['Knesset', 'Mossad'] },
  { iso: 'JO', name: 'Jordan', demonyms: ['Jordanian'] },
  { iso: 'KW', name: 'Kuwait', demonyms: ['Kuwaiti'] },
  { iso: 'LB', name: 'Lebanon', demonyms: ['Lebanese'] },
  { iso: 'OM', name: 'Oman', demonyms: ['Omani'] },
  { iso: 'PS', name: 'Palestine', demonyms: ['Palestinian'] },
  { iso: 'QA', name: 'Qatar', demonyms: ['Qatari'] },
  { iso: 'SA', name: 'Saudi Arabia', demonyms: ['Saudi', 'Saudi Arabian'] },
  { iso: 'SY', name: 'Syria', demonyms: ['Syrian'] },
  { iso: 'TR', name: 'Turkey', names: ['Türkiye'], demonyms: ['Turkish'] },
  { iso: 'AE', name: 'United Arab Emirates', names: ['UAE'], demonyms: ['Emirati'] },
  { iso: 'YE', name: 'Yemen', demonyms: ['Yemeni'] },
  { iso: 'CN', name: 'China', demonyms: ['Chinese'], institutions: ['Zhongnanhai'] },
  { iso: 'IN', name: 'India', demonyms: ['Indian'] },
  { iso: 'JP', name: 'Japan', demonyms: ['Japanese'] },
  { iso: 'KP', name: 'North Korea', demonyms: ['North Korean'] },
  { iso: 'KR', name: 'South Korea', demonyms: ['South Korean'] },
]

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

export function gazetteerWith(known: readonly KnownCountry[]): Gazetteer {
  const isoOfTerm = new Map<string, string | null>()
  const demonyms = new Set<string>()
  for (const country of COUNTRIES) {
    for (const term of [country.name, ...(country.names ?? []), ...(country.institutions ?? [])]) isoOfTerm.set(term, country.iso)
    for (const demonym of (country.demonyms ?? []).flatMap(withPlural)) {
      isoOfTerm.set(demonym, country.iso)
      demonyms.add(demonym)
    }
  }
  for (const country of known) if (!isoOfTerm.has(country.name)) isoOfTerm.set(country.name, country.iso)
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
  const gazetteerNames = new Map(COUNTRIES.map((country) => [country.iso, country.name]))

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
