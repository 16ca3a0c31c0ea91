import { describe, expect, it } from 'vitest'

import { referrerClass } from '@/stats/referrer'

const classOf = (referer: string | undefined, query = '') => referrerClass({ referer, query: new URLSearchParams(query), siteHost: 'news.example' })

describe('where a reader came from', () => {
  it('is direct without a referrer, or with one that is no address', () => {
    expect(classOf(undefined)).toBe('direct')
    expect(classOf('')).toBe('direct')
    expect(classOf('not a url')).toBe('direct')
  })

  it('is internal from another page of the site, with or without www', () => {
    expect(classOf('https://news.example/articles/other-story')).toBe('internal')
    expect(classOf('https://www.news.example/')).toBe('internal')
  })

  it('tells search engines and social networks by their hosts', () => {
    expect(classOf('https://www.google.com/')).toBe('search')
    expect(classOf('https://www.google.co.uk/')).toBe('search')
    expect(classOf('https://duckduckgo.com/')).toBe('search')
    expect(classOf('https://t.co/abc')).toBe('social')
    expect(classOf('https://m.facebook.com/')).toBe('social')
    expect(classOf('https://bsky.app/profile/x')).toBe('social')
    expect(classOf('https://news.ycombinator.com/item?id=1')).toBe('social')
  })

  it('believes the campaign tags before the referrer', () => {
    expect(classOf('https://www.google.com/', 'utm_medium=email')).toBe('newsletter')
    expect(classOf(undefined, 'utm_medium=newsletter&utm_source=morning')).toBe('newsletter')
    expect(classOf(undefined, 'ref=newsletter')).toBe('newsletter')
    expect(classOf(undefined, 'utm_medium=social')).toBe('social')
    expect(classOf(undefined, 'utm_medium=cpc')).toBe('search')
  })

  it('calls any other site other, not direct', () => {
    expect(classOf('https://another-paper.example/story')).toBe('other')
    expect(classOf('https://googleblog.example/')).toBe('other')
  })
})
