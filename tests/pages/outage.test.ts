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

  it('answers other pages with an error status and no internals (the error page renders in the browser)', async () => {
    const response = await get('/subscribe')
    expect(response.status).toBe(500)
    expect(await response.text()).not.toMatch(looksLikeALeak)
  })

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

  it('answers the API with an error that names no internals', async () => {
    const response = await get('/api/articles')
    expect(response.status).toBeGreaterThanOrEqual(500)
    expect(await response.text()).not.toMatch(looksLikeALeak)
  })
})
