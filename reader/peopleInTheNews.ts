// More stories first; between equals, the one in the newer story. `stories` come newest first.
export function peopleInTheNews(stories: { peopleIds: string[] }[], limit: number): string[] {
  const seen = new Map<string, { stories: number; newest: number }>()
  stories.forEach((story, index) => {
    for (const id of new Set(story.peopleIds)) {
      const entry = seen.get(id)
      if (entry) entry.stories += 1
      else seen.set(id, { stories: 1, newest: index })
    }
  })
  return [...seen]
    .sort(([, a], [, b]) => b.stories - a.stories || a.newest - b.newest)
    .slice(0, limit)
    .map(([id]) => id)
}
