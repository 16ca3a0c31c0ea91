import { inject } from 'vitest'

import { loadSeedStory } from '@/seed'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { MAIN_STORY_QUOTES } from '@/seed/content'

export const seedStory = loadSeedStory()

/**
 * What of these paragraphs could appear in a response, each as its own string: the
 * story's quotes are marked in place (their words come from the quote records), so a
 * paragraph holding one is written out in pieces — the words around each quote, and the
 * quote itself. A test that text is withheld looks for every piece long enough to be the
 * story's own (the short “provision of weaponry” is also in a companion story's standfirst).
 */
export function piecesOf(paragraphs: string[]): string[] {
  const quotes = MAIN_STORY_QUOTES.map((quote) => quote.text)
  return paragraphs.flatMap((paragraph) => {
    const inside = quotes.filter((quote) => paragraph.includes(quote))
    const around = inside.reduce((pieces, quote) => pieces.flatMap((piece) => piece.split(quote)), [paragraph])
    return [...inside.filter((quote) => quote.length >= 40), ...around.map((piece) => piece.trim()).filter((piece) => piece.length >= 12)]
  })
}

export type PublishedStory = { id: string | number; slug: string; title: string; freeToRead: boolean }

/** The published stories, as the public REST API lists them (page and browser tests alike; another server's when given). */
export async function publishedStories(baseURL = inject('baseURL')): Promise<PublishedStory[]> {
  const response = await fetch(new URL('/api/articles?limit=100&depth=0&sort=-publishedAt', baseURL))
  const { docs } = (await response.json()) as { docs: PublishedStory[] }
  return docs
}

/** Metered stories other than the main one: what a test reads to use up free articles before the main story. */
export async function otherMeteredStories(): Promise<PublishedStory[]> {
  return (await publishedStories()).filter((story) => !story.freeToRead && story.slug !== MAIN_STORY_SLUG)
}
