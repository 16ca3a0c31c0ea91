import { populated } from '@/lib/relations'
import type { Article, Section } from '@/payload-types'

export const sectionOf = (story: Pick<Article, 'section'>): Pick<Section, 'name' | 'slug'> | null => populated(story.section)

export const kickerOf = (story: Pick<Article, 'section'>): string => sectionOf(story)?.name ?? ''
