import { describe, expect, it } from 'vitest'

import { isSharedReaderPage } from '@/delivery/sharedPages'

describe('the reader pages the same for every reader (served by the layer, without scripts)', () => {
  it.each([
    '/people',
    '/countries',
    '/people/edmundo-novillo',
    '/people/edmundo-novillo/stories/2',
    '/countries/bolivia',
    '/countries/bolivia/stories/12',
    '/authors/ana-perez',
    '/authors/ana-perez/stories/3',
    '/sections/world',
    '/quotes/17',
    '/quotes/65f1a2b3c4d5e6f708192a3b',
  ])('include %s', (path) => {
    expect(isSharedReaderPage(path)).toBe(true)
  })

  it.each([
    ['the home page and stories (their own variants)', '/'],
    ['a story', '/articles/bolivia-iranian-drones-concerns'],
    ['search (a page per query)', '/search'],
    ['an account page', '/account'],
    ['the draft preview', '/preview/articles/1'],
    ['the admin', '/admin'],
    ['a trailing slash (Next redirects it)', '/people/edmundo-novillo/'],
    ['an index with a trailing slash', '/people/'],
    ['an uppercase spelling (Next redirects it)', '/people/Edmundo-Novillo'],
    ['a slug with an escape', '/people/edmundo%20novillo'],
    ['page 0 of the stories', '/people/edmundo-novillo/stories/0'],
    ['a page number with a leading zero', '/people/edmundo-novillo/stories/02'],
    ['an absurd page number', '/people/edmundo-novillo/stories/123456789'],
    ['a section’s further pages (there are none)', '/sections/world/stories/2'],
    ['a quote id that is no id', '/quotes/not-an-id'],
    ['a feed', '/people/edmundo-novillo/feed.xml'],
    ['a share card', '/people/edmundo-novillo/opengraph-image'],
    ['a deeper path', '/countries/bolivia/people'],
  ])('leave out %s', (_, path) => {
    expect(isSharedReaderPage(path)).toBe(false)
  })
})
