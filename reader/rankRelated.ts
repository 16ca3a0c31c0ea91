// Editor's picks first, then shared people (weighted double: a stronger link), countries, recency.

export type RailStory = {
  id: string
  peopleIds: string[]
  countryIds: string[]
  publishedAt: string | null
}

const PERSON_WEIGHT = 2
const COUNTRY_WEIGHT = 1

const overlap = (a: string[], b: string[]): number => {
  const set = new Set(a)
  return b.filter((id) => set.has(id)).length
}

const affinity = (story: RailStory, candidate: RailStory): number =>
  PERSON_WEIGHT * overlap(story.peopleIds, candidate.peopleIds) +
  COUNTRY_WEIGHT * overlap(story.countryIds, candidate.countryIds)

const recency = (story: RailStory): number => (story.publishedAt ? Date.parse(story.publishedAt) || 0 : 0)

export function rankRelated(args: {
  story: RailStory
  editorPicks: string[]
  candidates: RailStory[]
  limit: number
}): string[] {
  const { story, editorPicks, candidates, limit } = args
  const available = new Map(candidates.filter((c) => c.id !== story.id).map((c) => [c.id, c]))

  const picks = [...new Set(editorPicks)].filter((id) => available.has(id))
  const ranked = [...available.values()]
    .filter((c) => !picks.includes(c.id))
    .sort(
      (a, b) =>
        affinity(story, b) - affinity(story, a) || recency(b) - recency(a) || a.id.localeCompare(b.id),
    )
    .map((c) => c.id)

  return [...picks, ...ranked].slice(0, limit)
}
