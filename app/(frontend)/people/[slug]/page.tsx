import type { Metadata } from 'next'

import { personPath } from '@/lib/readerPaths'
import { entityFound, entityOrLeave, lookUpEntity } from '@/reader/entityRoute'
import { PersonPage } from '@/reader/components/PersonPage'
import { findPersonPage } from '@/reader/queries/entities'
import { getSiteIdentity, getSiteSettings } from '@/reader/queries/settings'
import { shareMetadata } from '@/reader/shareMetadata'

// Only quotes any visitor may read are on it, so it is the same for every reader. Never counts a read.
// Per request, for the layer to keep (delivery/sharedPages.ts): Next's copy carries one nonce.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = entityFound(await lookUpEntity(params, findPersonPage))
  if (!page) return {}
  const { person } = page
  const description = [person.role, person.organisation].filter(Boolean).join(', ') || `${person.name}, on record.`
  const { siteName } = await getSiteSettings()
  return shareMetadata({ title: person.name, description, path: personPath(person.slug), feedPath: `${personPath(person.slug)}/feed.xml`, type: 'profile', siteName, cardFromRoute: true })
}

export default async function Page({ params }: Params) {
  const page = entityOrLeave(await lookUpEntity(params, findPersonPage))
  return <PersonPage page={page} site={await getSiteIdentity()} />
}
