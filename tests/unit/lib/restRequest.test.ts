import { describe, expect, it } from 'vitest'

import { restRequestProblem } from '@/lib/restRequest'

const COLLECTIONS = new Set(['articles', 'users', 'readers'])
const problem = (search: string, segments = ['articles'], method = 'GET') => restRequestProblem(method, segments, search, COLLECTIONS)

describe('judging a REST request before Payload reads it', () => {
  it('lets through what the admin and API clients send', () => {
    for (const search of [
      '',
      '?limit=10&page=2&depth=1&sort=-publishedAt&draft=true',
      '?where[slug][equals]=bolivia-iranian-drones-concerns',
      '?where[or][0][and][0][title][like]=drone&where[or][0][and][1][_status][equals]=published',
      '?where[id][in][0]=1&where[id][in][1]=2',
      '?where[id][not_in]=1,2',
      '?where[review.state][equals]=writing&where[heroImage][exists]=false',
      '?select[title]=true&select[body]=false&populate[people][name]=true',
      '?limit=0&pagination=false&sort=name,-createdAt',
      '?locale=en&trash=false',
    ]) {
      expect(problem(search), search).toBeNull()
    }
  })

  it.each([
    ['?limit=abc', 'limit: a whole number from 0 to 1000.'],
    ['?limit=99999999999', 'limit: a whole number from 0 to 1000.'],
    ['?page=0', 'page: a whole number from 1 to 100000.'],
    ['?depth=-1', 'depth: a whole number from 0 to 10.'],
    ['?limit[]=1', 'limit: '],
    ['?where[title][near]=1,2', 'where[title]: one of the operators'],
    ['?where[publishedAt][equals][]=x', 'where[publishedAt]: one of the operators'],
    ['?where[publishedAt][equals][a]=x', 'where[publishedAt]: one of the operators'],
    ['?where[title]=drone', 'where[title]: one of the operators'],
    ['?where[ti$tle][equals]=x', 'where[ti$tle]: not a field name'],
    ['?where[or]=x', 'where[or]: a list of conditions'],
    ['?where[or][0][title][near]=1', 'where[or][0][title]: one of the operators'],
    ['?sort=title;drop', 'sort: a field name'],
    ['?sort[]=title', 'sort: '],
    ['?draft=maybe', 'draft: true or false'],
    ['?select[body]=yes', 'select'],
  ])('answers %s with what is wrong', (search, message) => {
    expect(problem(search)).toContain(message)
  })

  it('refuses an id that is not one, and leaves Payload’s own routes alone', () => {
    expect(problem('', ['articles', 'undefined'])).toBe('“undefined” is not a document id.')
    expect(problem('', ['articles', 'versions', 'NaN'])).toBe('“NaN” is not a document id.')
    expect(problem('', ['articles', '12'])).toBeNull()
    expect(problem('', ['articles', '6564a1b2c3d4e5f6a7b8c9d0'])).toBeNull()
    expect(problem('', ['users', 'me'])).toBeNull()
    expect(problem('', ['readers', 'login'], 'POST')).toBeNull()
    expect(problem('', ['articles', 'undefined'], 'POST')).toBeNull()
    expect(problem('', ['payload-jobs', 'run'])).toBeNull()
    expect(problem('', ['payload-preferences', 'nav'])).toBeNull()
  })
})
