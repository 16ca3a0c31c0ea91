import { describe, expect, it } from 'vitest'

import { peopleInTheNews } from '@/reader/peopleInTheNews'

describe('who is in the news', () => {
  it('puts first the people tagged in more of the latest stories', () => {
    expect(peopleInTheNews([{ peopleIds: ['a'] }, { peopleIds: ['b', 'a'] }, { peopleIds: ['b', 'c'] }, { peopleIds: ['b'] }], 10)).toEqual(['b', 'a', 'c'])
  })

  it('between equals, puts first the one in the newer story', () => {
    expect(peopleInTheNews([{ peopleIds: ['x'] }, { peopleIds: ['y'] }, { peopleIds: ['z', 'x', 'y'] }], 10)).toEqual(['x', 'y', 'z'])
  })

  it('counts a person once per story, and keeps to the limit', () => {
    expect(peopleInTheNews([{ peopleIds: ['a', 'a', 'a'] }, { peopleIds: ['b'] }, { peopleIds: ['b'] }], 1)).toEqual(['b'])
  })

  it('names nobody when the stories tag nobody', () => {
    expect(peopleInTheNews([{ peopleIds: [] }], 8)).toEqual([])
    expect(peopleInTheNews([], 8)).toEqual([])
  })
})
