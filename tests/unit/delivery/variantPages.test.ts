import { describe, expect, it } from 'vitest'

import { isInternalPath } from '@/delivery/internalRoutes'
import { HOME_PAGE_PATH, linkedStorySlugs, storyOfVariantPath, storyVariantPath } from '@/delivery/variantPages'

describe('the cached pages the proxy serves', () => {
  it('live at internal paths, under the one prefix the proxy guards', () => {
    expect(storyVariantPath('a-story', 'metered-1')).toBe('/internal/articles/a-story/metered-1')
    expect(HOME_PAGE_PATH).toBe('/internal/home/full')
    expect(isInternalPath(storyVariantPath('a-story', 'gated'))).toBe(true)
    expect(isInternalPath(HOME_PAGE_PATH)).toBe(true)
  })

  it('leave every public address outside the prefix', () => {
    for (const path of ['/', '/articles/a-story', '/internals', '/internal-affairs', '/account']) expect(isInternalPath(path), path).toBe(false)
  })
})

describe('the stories a cached page links to', () => {
  it('are read from its links, relative or absolute, each once', () => {
    const html = [
      '<link rel="canonical" href="https://news.example/articles/bolivia-iranian-drones-concerns"/>',
      '<a href="/articles/washington-wary-of-iranian-drones-for-bolivia">Washington</a>',
      '<a href="/articles/washington-wary-of-iranian-drones-for-bolivia"><img/></a>',
      '<a href="/people/edmundo-novillo">Novillo</a>',
      '<a href="/articles/x/share-card">not a story link</a>',
    ].join('')
    expect(linkedStorySlugs(html)).toEqual(['bolivia-iranian-drones-concerns', 'washington-wary-of-iranian-drones-for-bolivia'])
  })
})

describe('the story a cached page renders', () => {
  it('is read back from its path; the home page renders none', () => {
    expect(storyOfVariantPath(storyVariantPath('bolivia-iranian-drones-concerns', 'metered-2'))).toBe('bolivia-iranian-drones-concerns')
    expect(storyOfVariantPath(HOME_PAGE_PATH)).toBeNull()
  })
})
