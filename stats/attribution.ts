import { isWellFormedSlug } from '@/lib/slugify'

import type { StatsEvent } from './events'

// The rules of who gets the credit, apart from where the facts come from.

/**
 * A subscription counts once in the totals, under the story whose gate the reader came through
 * (none known: ''), and once more under the first story they read, if that is known.
 * A reader who asks not to be followed (GPC) is counted, credited to no story.
 */
export function subscriptionEvents(args: { gateStory: string | null; firstReadStory: string | null; followed: boolean }): StatsEvent[] {
  if (!args.followed) return [{ kind: 'subscription-started', story: '', attribution: 'gate' }]
  const events: StatsEvent[] = [{ kind: 'subscription-started', story: args.gateStory ?? '', attribution: 'gate' }]
  if (args.firstReadStory) events.push({ kind: 'subscription-started', story: args.firstReadStory, attribution: 'first-read' })
  return events
}

export const registrationEvent = (args: { gateStory: string | null; followed: boolean }): StatsEvent => ({
  kind: 'registration',
  story: args.followed ? (args.gateStory ?? '') : '',
})

/**
 * The story a reader was sent on from, by the `next` path the gate's links carry; one level deep,
 * as the subscribe page sends readers to register with itself, and the story, as `next`.
 */
export function storyOfNextPath(next: unknown, depth = 1): string | null {
  if (typeof next !== 'string' || !next.startsWith('/')) return null
  let url: URL
  try {
    url = new URL(next, 'http://site.invalid')
  } catch {
    return null
  }
  if (url.host !== 'site.invalid') return null
  if (url.pathname.startsWith(STORY_PREFIX)) {
    const slug = url.pathname.slice(STORY_PREFIX.length)
    return isWellFormedSlug(slug) ? slug : null
  }
  return depth > 0 ? storyOfNextPath(url.searchParams.get('next'), depth - 1) : null
}

const STORY_PREFIX = '/articles/'
