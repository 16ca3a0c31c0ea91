import type { Metadata } from 'next'

import { personPath } from '@/collections/entityPaths'
import { NameList } from '@/story/NameList'
import { listPeople } from '@/story/queries'

/**
 * Everyone on record, by name. Read on each request: prerendered at build time (which
 * needs no database) it would be empty until the next change purged it.
 */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'People', description: 'Everyone on record in our stories.', alternates: { canonical: '/people' } }

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
