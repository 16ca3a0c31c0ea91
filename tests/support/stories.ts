import { inject } from 'vitest'

import { loadSeedStory } from '@/seed'

export const seedStory = loadSeedStory()

export type PublishedStory = { id: string | number; slug: string; title: string; freeToRead: boolean }

/** The published stories, as the public REST API lists them. */
export async function publishedStories(): Promise<PublishedStory[]> {
  const response = await fetch(new URL('/api/articles?limit=100&depth=0&sort=-publishedAt', inject('baseURL')))
  const { docs } = (await response.json()) as { docs: PublishedStory[] }
  return docs
}
