import { describe, expect, it } from 'vitest'

import { registrationEvent, storyOfNextPath, subscriptionEvents } from '@/stats/attribution'

describe('who gets the credit for a subscription', () => {
  it('is the story whose gate the reader came through, and the first story they read', () => {
    expect(subscriptionEvents({ gateStory: 'gate-story', firstReadStory: 'first-story', followed: true })).toEqual([
      { kind: 'subscription-started', story: 'gate-story', attribution: 'gate' },
      { kind: 'subscription-started', story: 'first-story', attribution: 'first-read' },
    ])
  })

  it('counts a subscription with no gate behind it once, under no story', () => {
    expect(subscriptionEvents({ gateStory: null, firstReadStory: null, followed: true })).toEqual([
      { kind: 'subscription-started', story: '', attribution: 'gate' },
    ])
  })

  it('credits no story for a reader asking not to be followed, and still counts them', () => {
    expect(subscriptionEvents({ gateStory: 'g', firstReadStory: 'f', followed: false })).toEqual([{ kind: 'subscription-started', story: '', attribution: 'gate' }])
    expect(registrationEvent({ gateStory: 'g', followed: false })).toEqual({ kind: 'registration', story: '' })
    expect(registrationEvent({ gateStory: 'g', followed: true })).toEqual({ kind: 'registration', story: 'g' })
  })

  it('reads the story from the path the gate’s links send readers back to', () => {
    expect(storyOfNextPath('/articles/bolivia-drones')).toBe('bolivia-drones')
    expect(storyOfNextPath('/articles/bolivia-drones?x=1#top')).toBe('bolivia-drones')
    expect(storyOfNextPath('/account')).toBeNull()
    expect(storyOfNextPath('/articles/Not A Slug')).toBeNull()
    expect(storyOfNextPath('/articles/a/b')).toBeNull()
    expect(storyOfNextPath(`/subscribe?next=${encodeURIComponent('/articles/bolivia-drones')}`)).toBe('bolivia-drones')
    expect(storyOfNextPath(`/a?next=${encodeURIComponent(`/b?next=${encodeURIComponent('/articles/x')}`)}`)).toBeNull()
    expect(storyOfNextPath('//elsewhere.example/articles/x')).toBeNull()
    expect(storyOfNextPath(undefined)).toBeNull()
    expect(storyOfNextPath(['/articles/a'])).toBeNull()
  })
})
