import { inject } from 'vitest'

import { loadSeedStory } from '@/seed'
import { MAIN_STORY_SLUG } from '@/seed/constants'

export const seedStory = loadSeedStory()

export type PublishedStory = { id: string | number; slug: string; title: string; freeToRead: boolean }

/** The published stories, as the public REST API lists them (page and browser tests alike). */
export async function publishedStories(): Promise<PublishedStory[]> {
  const response = await fetch(new URL('/api/articles?limit=100&depth=0&sort=-publishedAt', inject('baseURL')))
  const { docs } = (await response.json()) as { docs: PublishedStory[] }
  return docs
}

/** Metered stories other than the main one: what a test reads to use up free articles before the main story. */
export async function otherMeteredStories(): Promise<PublishedStory[]> {
  return (await publishedStories()).filter((story) => !story.freeToRead && story.slug !== MAIN_STORY_SLUG)
}
