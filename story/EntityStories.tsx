import type { StoryCard as StoryCardData } from './queries'
import { StoryCard } from './StoryCard'

/** The published stories about a person or a country, newest first. */
export function EntityStories({ stories, empty }: { stories: StoryCardData[]; empty: string }) {
  return (
    <section aria-labelledby="entity-stories-heading">
      <h2 id="entity-stories-heading" className="tags-heading">
        Stories
      </h2>
      {stories.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="story-grid">
          {stories.map((story) => (
            <StoryCard key={story.id} story={story} />
          ))}
        </div>
      )}
    </section>
  )
}
