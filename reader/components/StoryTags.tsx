import { countryPath, personPath } from '@/lib/readerPaths'
import { populated } from '@/lib/relations'
import type { Article } from '@/payload-types'

function TagGroup({ heading, names, pathOf }: { heading: string; names: { id: string | number; name: string; slug: string }[]; pathOf: (slug: string) => string }) {
  if (names.length === 0) return null
  return (
    <div>
      <h2 className="tags-heading">{heading}</h2>
      <ul className="tag-list">
        {names.map((tag) => (
          <li key={tag.id} className="tag">
            <a href={pathOf(tag.slug)}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function StoryTags({ story }: { story: Article }) {
  const countries = (story.countries ?? []).map(populated).filter((country) => country !== null)
  const people = (story.people ?? []).map(populated).filter((person) => person !== null)
  if (countries.length === 0 && people.length === 0) return null
  return (
    <section className="tags" aria-label="Topics">
      <TagGroup heading="Countries" names={countries} pathOf={countryPath} />
      <TagGroup heading="People" names={people} pathOf={personPath} />
    </section>
  )
}
