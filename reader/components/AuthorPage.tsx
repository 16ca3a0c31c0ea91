import { authorPath } from '@/lib/readerPaths'

import { EntityStories } from './EntityStories'
import type { AuthorPageData } from '../queries/authors'

export function AuthorPage({ page, siteName }: { page: AuthorPageData; siteName: string }) {
  const { author, stories } = page
  return (
    <article className="entity" aria-labelledby="entity-heading">
      <header>
        <h1 id="entity-heading">{author.name}</h1>
        <p className="dek">Writes for {siteName}</p>
      </header>
      {author.bio && <p>{author.bio}</p>}
      <EntityStories stories={stories} empty="" entityPath={authorPath(author.slug!)} title={`Stories by ${author.name}`} />
    </article>
  )
}
