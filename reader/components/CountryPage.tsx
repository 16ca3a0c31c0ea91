import { countryPath, personPath } from '@/lib/readerPaths'

import { EntityStories } from './EntityStories'
import { NameList } from './NameList'
import { QuoteList } from './QuoteList'
import type { CountryPageData } from '../queries/entities'

export function CountryPage({ page }: { page: CountryPageData }) {
  const { country, people, quotes, stories } = page
  return (
    <article className="entity" aria-labelledby="entity-heading">
      <header>
        <h1 id="entity-heading">{country.name}</h1>
      </header>
      {people.length > 0 && (
        <section aria-labelledby="entity-people-heading">
          <h2 id="entity-people-heading" className="tags-heading">
            People
          </h2>
          <NameList className="tag-list" itemClassName="tag" items={people.map((person) => ({ id: person.id, href: personPath(person.slug), name: person.name, detail: person.role }))} />
        </section>
      )}
      <QuoteList quotes={quotes} heading={`Quoted from ${country.name}`} headingId="entity-quotes-heading" withStory />
      <EntityStories stories={stories} empty={`No published stories about ${country.name} yet.`} entityPath={countryPath(country.slug)} title={`Stories about ${country.name}`} />
    </article>
  )
}
