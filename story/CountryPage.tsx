import { personPath } from '@/collections/entityPaths'

import { EntityQuotes, EntityStories } from './EntityLists'
import type { CountryPage as CountryPageData } from './queries'

/** A country: its people on record, what they said, the stories about it. */
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
          <ul className="tag-list">
            {people.map((person) => (
              <li key={person.id} className="tag">
                <a href={personPath(person.slug)}>{person.name}</a>
                {person.role && `, ${person.role}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <EntityQuotes quotes={quotes} heading={`Quoted from ${country.name}`} />
      <EntityStories stories={stories} empty={`No published stories about ${country.name} yet.`} />
    </article>
  )
}
