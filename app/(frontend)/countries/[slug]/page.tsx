import type { Metadata } from 'next'

import { countryPath } from '@/lib/readerPaths'
import { CountryPage } from '@/reader/components/CountryPage'
import { entityFound, entityOrLeave, lookUpEntity } from '@/reader/entityRoute'
import { findCountryPage } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { shareMetadata } from '@/reader/shareMetadata'

// Its ISO code (`/countries/bo`) leads here (308).
// Per request, for the layer to keep (delivery/sharedPages.ts): Next's copy carries one nonce.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = entityFound(await lookUpEntity(params, findCountryPage))
  if (!page) return {}
  const { country } = page
  const { siteName } = await getSiteSettings()
  return shareMetadata({ title: country.name, description: `${country.name}: its people on record and the stories about it.`, path: countryPath(country.slug), feedPath: `${countryPath(country.slug)}/feed.xml`, siteName, cardFromRoute: true })
}

export default async function Page({ params }: Params) {
  return <CountryPage page={entityOrLeave(await lookUpEntity(params, findCountryPage))} />
}
