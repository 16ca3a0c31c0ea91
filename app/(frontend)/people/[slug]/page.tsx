import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { personPath } from '@/collections/entityPaths'
import { isWellFormedSlug } from '@/lib/slugify'
import { PersonPage } from '@/story/PersonPage'
import { findPersonPage } from '@/story/queries'

/**
 * A person's page: the same for every reader (only quotes any visitor may read are on
 * it), so cached like a section page and purged with every reader page on a change.
 * Visiting it never counts a read. Another spelling of the name leads here (308).
 */
export const dynamic = 'force-static'
export const revalidate = 3600

type Params = { params: Promise<{ slug: string }> }

export function generateStaticParams(): { slug: string }[] {
  return []
}

const pageOfParams = async ({ params }: Params) => {
  const { slug } = await params
  return isWellFormedSlug(slug) ? findPersonPage(slug) : null
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const page = await pageOfParams(props)
  if (!page || 'redirectTo' in page) return {}
  const { person } = page
  const description = [person.role, person.organisation].filter(Boolean).join(', ') || `${person.name}, on record.`
  return { title: person.name, description, alternates: { canonical: personPath(person.slug) } }
}

export default async function Page(props: Params) {
  const page = await pageOfParams(props)
  if (!page) notFound()
  if ('redirectTo' in page) permanentRedirect(page.redirectTo)
  return <PersonPage page={page} />
}
