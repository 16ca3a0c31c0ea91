import { describe, expect, it } from 'vitest'

import type { DatabaseKind } from '@/lib/platform/database'
import type { QueryableField } from '@/lib/api/queryableFields'
import { anonymousCapProblem, restRequestProblem } from '@/lib/api/restRequest'

const field = (kind: QueryableField['kind'], hasMany = false): QueryableField => ({ kind, hasMany })
const ARTICLE_FIELDS = new Map([
  ['id', field('id')],
  ['title', field('text')],
  ['slug', field('text')],
  ['publishedAt', field('date')],
  ['freeToRead', field('boolean')],
  ['section', field('id')],
  ['people', field('id', true)],
  ['review.state', field('text')],
  ['quotes', field('join')],
])
const COLLECTIONS = new Map([
  ['articles', ARTICLE_FIELDS],
  ['users', new Map()],
  ['readers', new Map()],
])
const OBJECT_ID = '6564a1b2c3d4e5f6a7b8c9d0'
const judged = (search: string, segments = ['articles'], method = 'GET', database: DatabaseKind = 'sqlite') =>
  restRequestProblem(method, segments, search, COLLECTIONS, database)
const problem = (...args: Parameters<typeof judged>) => judged(...args)?.message ?? null

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
      '?where[publishedAt][greater_than]=2026-11-01T00:00:00.000Z&where[freeToRead][equals]=true',
      '?where[people][all]=1,2&where[section][in][0]=3&where[section][not_equals]=null',
      '?where[unknownToThisTest][equals]={}',
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
    ['?where[publishedAt][not_equals]=1e309', 'where[publishedAt][not_equals]: not_equals needs a date'],
    ['?where[publishedAt][equals]=%7B%7D', 'where[publishedAt][equals]: equals needs a date'],
    ['?where[publishedAt][contains]=2026', 'where[publishedAt][contains]: contains compares text'],
    ['?where[section][equals]=%5B%5D', 'where[section][equals]: equals needs a document id'],
    ['?where[people][less_than_equal]=%2500', 'where[people][less_than_equal]: less_than_equal needs a document id'],
    ['?where[id][not_in]=', 'where[id][not_in]: not_in needs a list of values, each a document id'],
    ['?where[id][in]=1,,2', 'where[id][in]: in needs a list'],
    ['?where[title][all]=-1', 'where[title][all]: all needs a field that holds several values'],
    ['?where[freeToRead][equals]=yes', 'where[freeToRead][equals]: equals needs true or false'],
    ['?where[or][0][section][greater_than]=x', 'where[or][0][section][greater_than]: greater_than needs a document id'],
    ['?where[quotes][in]=a,b', 'where[quotes][in]: this field lists the documents that point here (a join)'],
    ['?where[quotes][not_in]=1', 'where[quotes][not_in]: this field lists the documents that point here'],
    ['?where[quotes][equals]=a', 'where[quotes][equals]: this field lists the documents that point here'],
    ['?where[quotes][exists]=true', 'where[quotes][exists]: this field lists the documents that point here'],
  ])('answers %s with what is wrong', (search, message) => {
    expect(problem(search)).toContain(message)
  })

  it('answers an address whose id names no document in this database with a 404, and leaves Payload’s own routes alone', () => {
    expect(judged('', ['articles', 'undefined'])).toEqual({ status: 404, message: '“undefined” is not a document id.' })
    expect(judged('', ['articles', 'versions', 'NaN'])).toEqual({ status: 404, message: '“NaN” is not a document id.' })
    expect(judged('', ['articles', OBJECT_ID], 'PATCH')).toEqual({ status: 404, message: `“${OBJECT_ID}” is not a document id.` })
    expect(judged('', ['articles', '12'], 'DELETE', 'mongodb')).toEqual({ status: 404, message: '“12” is not a document id.' })
    expect(problem('', ['articles', '12'])).toBeNull()
    expect(problem('', ['articles', OBJECT_ID], 'GET', 'mongodb')).toBeNull()
    expect(problem('', ['users', 'me'])).toBeNull()
    expect(problem('', ['readers', 'login'], 'POST')).toBeNull()
    expect(problem('', ['articles', 'undefined'], 'POST')).toBeNull()
    expect(problem('', ['payload-jobs', 'run'])).toBeNull()
    expect(problem('', ['payload-preferences', 'nav'])).toBeNull()
  })
})

describe('ids in a where, for the database at hand', () => {
  it('takes a number on SQLite and an ObjectId on MongoDB', () => {
    expect(problem('?where[section][equals]=12&where[id][in]=1,2')).toBeNull()
    expect(problem(`?where[section][equals]=${OBJECT_ID}&where[id][in]=${OBJECT_ID}`, ['articles'], 'GET', 'mongodb')).toBeNull()
  })

  it.each([
    ['sqlite', `?where[section][equals]=${OBJECT_ID}`, 'where[section][equals]: equals needs a document id.'],
    ['mongodb', '?where[section][equals]=42', 'where[section][equals]: equals needs a document id.'],
    ['mongodb', '?where[id][in]=abc', 'where[id][in]: in needs a list of values, each a document id.'],
    ['mongodb', `?where[people][all]=${OBJECT_ID},7`, 'where[people][all]: all needs a list of values, each a document id.'],
  ] as const)('on %s answers %s with a 400 naming the parameter', (database, search, message) => {
    expect(judged(search, ['articles'], 'GET', database)).toEqual({ status: 400, message })
  })
})

describe('what a caller not signed in may ask for', () => {
  it('is up to 100 documents at depth 3, a page at a time', () => {
    for (const search of ['', '?limit=100&depth=3', '?limit=10&page=4&pagination=true', '?where[slug][equals]=x']) expect(anonymousCapProblem(search), search).toBeNull()
  })

  it.each([
    ['?limit=101', 'limit: at most 100 without signing in'],
    ['?limit=0', '0, every document, needs signing in'],
    ['?pagination=false', 'pagination=false (every document at once) needs signing in.'],
    ['?depth=4', 'depth: at most 3 without signing in.'],
  ])('answers %s with what it takes', (search, message) => {
    expect(anonymousCapProblem(search)).toContain(message)
  })
})
