import { Pagination } from './Pagination'
import type { ResultPage, StorySummary } from '../queries/asReader'
import { StoryCard } from './StoryCard'

// Page 1 is on the entity's own page.
export const entityStoriesPath = (entityPath: string, page: number): string => (page <= 1 ? entityPath : `${entityPath}/stories/${page}`)

export function EntityStories({
  stories,
  empty,
  entityPath,
  title,
}: {
  stories: ResultPage<StorySummary>
  empty: string
  entityPath: string
  title: string
}) {
  return (
    <section aria-labelledby="entity-stories-heading">
      <h2 id="entity-stories-heading" className="tags-heading">
        {stories.page > 1 ? `${title}, page ${stories.page}` : 'Stories'}
      </h2>
      {stories.docs.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="story-grid">
          {stories.docs.map((story) => (
            <StoryCard key={story.id} story={story} />
          ))}
        </div>
      )}
      <Pagination page={stories.page} totalPages={stories.totalPages} pathOf={(page) => entityStoriesPath(entityPath, page)} label={`Pages of ${title.toLowerCase()}`} />
    </section>
  )
}
