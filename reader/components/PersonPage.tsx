import { countryPath, personPath } from '@/lib/readerPaths'
import { populated } from '@/lib/relations'

import { EntityStories } from './EntityStories'
import { mediaSource } from '../media'
import { MediaFigure } from './MediaFigure'
import { personJsonLd, serializeJsonLd } from '../newsArticleJsonLd'
import { QuoteList } from './QuoteList'
import type { PersonPageData } from '../queries/entities'

export function PersonPage({ page, site }: { page: PersonPageData; site: { url: string; name: string } }) {
  const { person, quotes, quotesInSubscriberStories, stories } = page
  const photo = populated(person.photo)
  const country = populated(person.country)
  const title = [person.role, person.organisation].filter(Boolean).join(', ')
  const jsonLd = personJsonLd({ ...person, country, imageUrl: photo ? (mediaSource(photo, 'card')?.src ?? null) : null }, site)
  return (
    <article className="entity" aria-labelledby="entity-heading">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <header>
        <h1 id="entity-heading">{person.name}</h1>
        {(title || country) && (
          <p className="dek">
            {title}
            {title && country && ' · '}
            {country && <a href={countryPath(country.slug)}>{country.name}</a>}
          </p>
        )}
      </header>
      {photo && <MediaFigure media={photo} size="card" />}
      {person.bio && <p>{person.bio}</p>}
      <QuoteList quotes={quotes} heading="On record" headingId="entity-quotes-heading" withStory />
      {quotesInSubscriberStories > 0 && (
        <p className="entity-withheld" data-testid="quotes-in-subscriber-stories">
          Quoted {quotesInSubscriberStories === 1 ? 'once more' : `${quotesInSubscriberStories} more times`} in subscriber stories: see the stories below.
        </p>
      )}
      <EntityStories stories={stories} empty={`No published stories about ${person.name} yet.`} entityPath={personPath(person.slug)} title={`Stories about ${person.name}`} />
    </article>
  )
}
