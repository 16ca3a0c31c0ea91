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

/** The story a reader was sent on from, by the `next` path the gate's links carry. */
export function storyOfNextPath(next: unknown): string | null {
  if (typeof next !== 'string') return null
  const [path = ''] = next.split(/[?#]/, 1)
  if (!path.startsWith(STORY_PREFIX)) return null
  const slug = path.slice(STORY_PREFIX.length)
  return isWellFormedSlug(slug) ? slug : null
}

const STORY_PREFIX = '/articles/'
