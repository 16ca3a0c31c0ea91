import type { Metadata } from 'next'

import { personPath } from '@/lib/readerPaths'
import { NameList } from '@/reader/components/NameList'
import { listPeople } from '@/reader/queries/entities'
import { getSiteSettings } from '@/reader/queries/settings'
import { shareMetadata } from '@/reader/shareMetadata'

// Prerendered at build, with no database, it would be empty until the next change purged it.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteSettings()
  return shareMetadata({ title: 'People', description: 'Everyone on record in our stories.', path: '/people', siteName })
}

export default async function PeoplePage() {
  const people = await listPeople()
  return (
    <section aria-labelledby="people-heading">
      <h1 id="people-heading" className="section-title">
        People
      </h1>
      <NameList className="entity-index" items={people.map((person) => ({ id: person.id, href: personPath(person.slug), name: person.name, detail: person.role }))} />
    </section>
  )
}
