import type { Metadata } from 'next'

import { countryPath } from '@/lib/readerPaths'
import { NameList } from '@/reader/components/NameList'
import { listCountries } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { shareMetadata } from '@/reader/shareMetadata'

// Prerendered at build, with no database, it would be empty until the next change purged it.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteSettings()
  return shareMetadata({ title: 'Countries', description: 'The countries our stories are about.', path: '/countries', siteName })
}

export default async function CountriesPage() {
  const countries = await listCountries()
  return (
    <section aria-labelledby="countries-heading">
      <h1 id="countries-heading" className="section-title">
        Countries
      </h1>
      <NameList className="entity-index" items={countries.map((country) => ({ id: country.id, href: countryPath(country.slug), name: country.name }))} />
    </section>
  )
}
