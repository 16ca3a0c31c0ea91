import { populated } from '@/lib/relations'
import type { Article, Section } from '@/payload-types'

/** A story's section as the page names it (kicker, metadata, feed), when it was loaded with the story. */
export const sectionOf = (story: Pick<Article, 'section'>): Pick<Section, 'name' | 'slug'> | null => populated(story.section)

/** The kicker over a headline: the section's name. */
export const kickerOf = (story: Pick<Article, 'section'>): string => sectionOf(story)?.name ?? ''
