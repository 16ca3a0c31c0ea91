import type { Metadata } from 'next'

import { countryPath } from '@/collections/entityPaths'
import { listCountries } from '@/story/queries'

/**
 * Every country on record, by name. Read on each request: prerendered at build time
 * (which needs no database) it would be empty until the next change purged it.
 */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Countries', description: 'The countries our stories are about.', alternates: { canonical: '/countries' } }

export default async function CountriesPage() {
  const countries = await listCountries()
  return (
    <section aria-labelledby="countries-heading">
      <h1 id="countries-heading" className="section-title">
        Countries
      </h1>
      <ul className="entity-index">
        {countries.map((country) => (
          <li key={country.id}>
            <a href={countryPath(country.slug)}>{country.name}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
