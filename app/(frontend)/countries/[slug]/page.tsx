import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { countryPath } from '@/collections/entityPaths'
import { isWellFormedSlug } from '@/lib/slugify'
import { CountryPage } from '@/story/CountryPage'
import { findCountryPage } from '@/story/queries'

/**
 * A country's page: its people, their quotes any visitor may read, its stories. Cached
 * and purged like a person's page; its ISO code (`/countries/bo`) leads here (308).
 */
export const dynamic = 'force-static'
export const revalidate = 3600

type Params = { params: Promise<{ slug: string }> }

export function generateStaticParams(): { slug: string }[] {
  return []
}

const pageOfParams = async ({ params }: Params) => {
  const { slug } = await params
  return isWellFormedSlug(slug) ? findCountryPage(slug) : null
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const page = await pageOfParams(props)
  if (!page || 'redirectTo' in page) return {}
  const { country } = page
  return { title: country.name, description: `${country.name}: its people on record and the stories about it.`, alternates: { canonical: countryPath(country.slug) } }
}

export default async function Page(props: Params) {
  const page = await pageOfParams(props)
  if (!page) notFound()
  if ('redirectTo' in page) permanentRedirect(page.redirectTo)
  return <CountryPage page={page} />
}
