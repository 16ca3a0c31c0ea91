import { populated } from '@/content/ids'
import type { Article } from '@/payload-types'

export function StoryTags({ story }: { story: Article }) {
  const countries = (story.countries ?? []).map(populated).filter((c) => c !== null)
  const people = (story.people ?? []).map(populated).filter((p) => p !== null)
  if (countries.length === 0 && people.length === 0) return null
  return (
    <section className="tags" aria-label="Topics">
      {countries.length > 0 && (
        <div>
          <h2 className="tags-heading">Countries</h2>
          <ul className="tag-list">
            {countries.map((country) => (
              <li key={country.id} className="tag">
                {country.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {people.length > 0 && (
        <div>
          <h2 className="tags-heading">People</h2>
          <ul className="tag-list">
            {people.map((person) => (
              <li key={person.id} className="tag">
                {person.name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
