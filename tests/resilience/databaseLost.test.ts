import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { UNAVAILABLE_HEADING } from '@/delivery/plainPages'
import { MAIN_STORY_SLUG } from '@/seed/constants'

import { startNewsroom, type RunningNewsroom } from '../support/server'
import { publishedStories } from '../support/stories'

import { leaksInternals } from '../support/leaks'

/**
 * The database lost mid-run (its SQLite file's first page overwritten, as a failing disk would)
 * and given back: readers get a readable 503 quickly, /api/health says what is wrong, and the
 * site recovers by itself, without a restart. This file runs its own server, to break.
 */
let newsroom: RunningNewsroom
let databaseFile: string

beforeAll(async () => {
  newsroom = await startNewsroom()
  databaseFile = path.join(newsroom.dir, 'newsroom.db')
})
afterAll(async () => newsroom?.stop())

const NO_HANG_MS = 5_000
const PAGE_SIZE = 4096

async function get(pathname: string, init: RequestInit = {}) {
  const started = performance.now()
  const response = await fetch(new URL(pathname, newsroom.url), { ...init, redirect: 'manual', signal: AbortSignal.timeout(NO_HANG_MS) })
  const body = await response.text()
  return { status: response.status, body, ms: performance.now() - started, retryAfter: response.headers.get('retry-after') }
}

async function waitFor(condition: () => Promise<boolean>, label: string): Promise<number> {
  const started = performance.now()
  while (!(await condition())) {
    if (performance.now() - started > 10_000) throw new Error(`${label}: not within 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return performance.now() - started
}

/** Overwrites the file's first page (its header) and hands back a function that puts it back. */
function loseTheDatabase(): () => void {
  const handle = fs.openSync(databaseFile, 'r+')
  const firstPage = Buffer.alloc(PAGE_SIZE)
  fs.readSync(handle, firstPage, 0, PAGE_SIZE, 0)
  fs.writeSync(handle, Buffer.alloc(PAGE_SIZE), 0, PAGE_SIZE, 0)
  return () => {
    fs.writeSync(handle, firstPage, 0, PAGE_SIZE, 0)
    fs.closeSync(handle)
  }
}

const graphql = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ Articles(limit: 1) { docs { title } } }' }),
}

describe('the database lost while readers read, then given back', () => {
  it('answers a readable 503 within a second, says so at /api/health, and recovers without a restart', async () => {
    const stories = (await publishedStories(newsroom.url)).map((story) => `/articles/${story.slug}`)
    const warm = `/articles/${MAIN_STORY_SLUG}`
    const cold = stories.find((story) => story !== warm)!
    // Pages Next renders, and a page the layer has no copy of yet (delivery/sharedPages.ts): a 503 while the database is lost.
    const pages = ['/search?q=drone', '/login', '/feed.xml', '/no-such-page', '/countries/bolivia']
    // Pages the layer holds copies of, read before the loss.
    const held = ['/', warm, '/people', '/people/edmundo-novillo', '/sections/latin-america']
    for (const page of [...held, ...pages.filter((page) => page !== '/countries/bolivia')]) expect((await get(page)).status, page).toBeLessThan(500)

    const giveBack = loseTheDatabase()
    let restored = false
    try {
      const noticed = await waitFor(async () => (await get('/api/health')).status === 503, 'health reporting the outage')
      // The proxy asks /api/health at most once a second, and at once after a page has failed.
      const pagesNoticed = await waitFor(async () => (await get('/search?q=drone')).status === 503, 'pages answering 503')
      const health = await get('/api/health')
      expect(JSON.parse(health.body)).toMatchObject({ status: 'unavailable', database: { ok: false, problem: 'unreachable' } })

      const answers = await Promise.all([...pages, cold].map(async (page) => ({ page, ...(await get(page)) })))
      const api = await Promise.all([get('/api/articles?limit=1'), get('/api/graphql', graphql)])
      console.log(
        `[resilience] database lost: /api/health said so after ${noticed.toFixed(0)} ms, pages after ${pagesNoticed.toFixed(0)} ms more; then each page answered its 503 in at most ${Math.max(...answers.map((answer) => answer.ms)).toFixed(0)} ms`,
      )
      for (const answer of answers) {
        expect(answer.status, answer.page).toBe(503)
        expect(answer.retryAfter, answer.page).toBe('30')
        expect(answer.body, answer.page).toContain(UNAVAILABLE_HEADING)
        expect(leaksInternals(answer.body), answer.page).toBe(false)
      }
      for (const answer of api) {
        expect(answer.status).toBe(503)
        expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: 'The database is unavailable at the moment; try again shortly.' }] })
      }
      // What the layer already holds goes on being served: the home page, a story and the shared pages read before.
      for (const page of held) expect((await get(page)).status, page).toBe(200)

      giveBack()
      restored = true
      const recovered = await waitFor(async () => (await get('/api/health')).status === 200, 'health reporting the recovery')
      console.log(`[resilience] database back: /api/health said so after ${recovered.toFixed(0)} ms`)
      await waitFor(async () => (await get('/search?q=drone')).status === 200, 'reader pages back')
      for (const page of [...pages, ...held, cold]) expect((await get(page)).status, page).toBeLessThan(500)
      expect((await get('/api/articles?limit=1')).status).toBe(200)
    } finally {
      if (!restored) giveBack()
    }
  })
})
