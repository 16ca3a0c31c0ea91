import type { StorySummary } from '@/reader/queries/asReader'

import { StoryCard } from './StoryCard'

export function OtherContentRail({ stories }: { stories: StorySummary[] }) {
  if (stories.length === 0) return null
  return (
    <section className="rail" aria-labelledby="rail-heading">
      <h2 id="rail-heading">Check out our other content</h2>
      <div className="rail-grid">
        {stories.map((story) => (
          <StoryCard key={story.id} story={story} />
        ))}
      </div>
    </section>
  )
}
