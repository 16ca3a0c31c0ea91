import { describe, expect, it } from 'vitest'

import { REGIONS, regionOf } from '@/lib/countries/regions'
import { WORLD_COUNTRIES } from '@/lib/countries/worldCountries'

const deskOf = (isoCode: string) => WORLD_COUNTRIES.find((country) => country.isoCode === isoCode)?.region

describe('the desk a country is filed under', () => {
  it('puts South and Central America, the Caribbean and Mexico under Latin America', () => {
    expect(regionOf({ isoCode: 'PE', region: 'Americas', subregion: 'South America' })).toBe('Latin America')
    expect(regionOf({ isoCode: 'GT', region: 'Americas', subregion: 'Central America' })).toBe('Latin America')
    expect(regionOf({ isoCode: 'CU', region: 'Americas', subregion: 'Caribbean' })).toBe('Latin America')
    expect(regionOf({ isoCode: 'MX', region: 'Americas', subregion: 'North America' })).toBe('Latin America')
  })

  it('keeps North America for the United States and Canada', () => {
    expect(regionOf({ isoCode: 'US', region: 'Americas', subregion: 'North America' })).toBe('North America')
    expect(regionOf({ isoCode: 'CA', region: 'Americas', subregion: 'North America' })).toBe('North America')
  })

  it('files western Asia, Iran and Egypt under the Middle East, and leaves the Caucasus in Asia', () => {
    expect(regionOf({ isoCode: 'SA', region: 'Asia', subregion: 'Western Asia' })).toBe('Middle East')
    expect(regionOf({ isoCode: 'TR', region: 'Asia', subregion: 'Western Asia' })).toBe('Middle East')
    expect(regionOf({ isoCode: 'IR', region: 'Asia', subregion: 'Southern Asia' })).toBe('Middle East')
    expect(regionOf({ isoCode: 'EG', region: 'Africa', subregion: 'Northern Africa' })).toBe('Middle East')
    expect(regionOf({ isoCode: 'GE', region: 'Asia', subregion: 'Western Asia' })).toBe('Asia')
  })

  it('takes Africa, Asia, Europe and Oceania as the dataset has them, and gives Antarctica none', () => {
    expect(regionOf({ isoCode: 'KE', region: 'Africa', subregion: 'Eastern Africa' })).toBe('Africa')
    expect(regionOf({ isoCode: 'JP', region: 'Asia', subregion: 'Eastern Asia' })).toBe('Asia')
    expect(regionOf({ isoCode: 'UA', region: 'Europe', subregion: 'Eastern Europe' })).toBe('Europe')
    expect(regionOf({ isoCode: 'FJ', region: 'Oceania', subregion: 'Melanesia' })).toBe('Oceania')
    expect(regionOf({ isoCode: 'AQ', region: 'Antarctic', subregion: '' })).toBeNull()
  })

  it('files the seven seeded countries where the seed always had them', () => {
    expect(['BO', 'AR', 'CL', 'IR', 'US', 'RU', 'UA'].map(deskOf)).toEqual([
      'Latin America',
      'Latin America',
      'Latin America',
      'Middle East',
      'North America',
      'Europe',
      'Europe',
    ])
  })
})

describe('every country on hand', () => {
  it('has every ISO 3166-1 country once, each with a two-letter code and a desk among the newsroom’s', () => {
    expect(WORLD_COUNTRIES.length).toBeGreaterThanOrEqual(249)
    expect(new Set(WORLD_COUNTRIES.map((country) => country.isoCode)).size).toBe(WORLD_COUNTRIES.length)
    for (const country of WORLD_COUNTRIES) {
      expect(country.isoCode).toMatch(/^[A-Z]{2}$/)
      if (country.region !== null) expect(REGIONS).toContain(country.region)
    }
  })

  it('knows Peru by its demonym and its other spellings, but not by its bare code', () => {
    const peru = WORLD_COUNTRIES.find((country) => country.isoCode === 'PE')
    expect(peru).toMatchObject({ name: 'Peru', demonyms: ['Peruvian'], region: 'Latin America' })
    expect(peru?.otherNames).toEqual(expect.arrayContaining(['Republic of Peru', 'República del Perú']))
    expect(peru?.otherNames).not.toContain('PE')
  })
})
