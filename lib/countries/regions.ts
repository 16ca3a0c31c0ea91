// The newsroom's desks, not the UN's: a reader looks for Mexico under Latin America.
export const REGIONS = [
  'Africa',
  'Asia',
  'Europe',
  'Latin America',
  'Middle East',
  'North America',
  'Oceania',
] as const
export type Region = (typeof REGIONS)[number]

export type DatasetPlace = { isoCode: string; region: string; subregion: string }

const NORTH_AMERICA = new Set(['US', 'CA', 'BM', 'GL', 'PM', 'UM'])
// The desk covers Iran and Egypt too; the Caucasus it leaves to Asia.
const ALSO_MIDDLE_EAST = new Set(['EG', 'IR'])
const CAUCASUS = new Set(['AM', 'AZ', 'GE'])
const BY_DATASET_REGION: Record<string, Region> = { Africa: 'Africa', Asia: 'Asia', Europe: 'Europe', Oceania: 'Oceania' }

/** The desk a country is filed under, from the dataset's region and subregion; none for Antarctica. */
export function regionOf({ isoCode, region, subregion }: DatasetPlace): Region | null {
  if (ALSO_MIDDLE_EAST.has(isoCode) || (subregion === 'Western Asia' && !CAUCASUS.has(isoCode))) return 'Middle East'
  if (region === 'Americas') return NORTH_AMERICA.has(isoCode) ? 'North America' : 'Latin America'
  return BY_DATASET_REGION[region] ?? null
}
