import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { UNAVAILABLE_HEADING } from '@/delivery/plainPages'
import { MAIN_STORY_SLUG } from '@/seed/constants'

import { startNewsroom, type RunningNewsroom } from '../support/server'

let newsroom: RunningNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom({ databaseReachable: false })
})
afterAll(async () => newsroom?.stop())

const get = (path: string) => fetch(new URL(path, newsroom.url))
const looksLikeALeak = /SQLITE|CANTOPEN|at \w+ \(|node_modules|\.ts:\d+/

describe('when the database is down', () => {
  it.each(['/', `/articles/${MAIN_STORY_SLUG}`])('%s answers 503 with a readable error page, and counts no read', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(response.headers.get('set-cookie')).toBeNull()
    const html = await response.text()
    expect(html).toContain(`<h1>${UNAVAILABLE_HEADING}</h1>`)
    expect(html).not.toMatch(looksLikeALeak)
  })

  it.each(['/subscribe', '/login', '/people', '/people/edmundo-novillo', '/sections/latin-america', '/search?q=drone', '/no-such-page', '/feed.xml'])(
    '%s answers the same readable 503 page: every reader page renders from the database',
    async (path) => {
      const response = await get(path)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('30')
      const html = await response.text()
      expect(html).toContain(`<h1>${UNAVAILABLE_HEADING}</h1>`)
      expect(html).not.toMatch(looksLikeALeak)
    },
  )

  it('says so at /api/health, within a second, with a 503 that names no internals', async () => {
    const started = Date.now()
    const response = await get('/api/health')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    expect(JSON.parse(text)).toMatchObject({ status: 'unavailable', database: { ok: false } })
    expect(text).not.toMatch(looksLikeALeak)
  })

  it.each([
    ['REST', '/api/articles', undefined],
    ['GraphQL', '/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Articles { docs { title } } }' }) }],
  ])('answers the %s API with a 503 that says the database is unavailable, naming no internals', async (_, path, init) => {
    const response = await fetch(new URL(path, newsroom.url), init)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The database is unavailable at the moment; try again shortly.' }] })
    expect(text).not.toMatch(looksLikeALeak)
  })
})
