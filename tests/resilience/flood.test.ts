import http from 'node:http'

import { describe, expect, inject, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'

import { sendAsWritten, type RawAnswer } from '../support/rawRequest'

/**
 * One reader reads a cached story while, for 10 s, 8 anonymous clients send what costs the server
 * most: wrong-password logins (a 600,000-round hash each, under every spelling of the path) and
 * GraphQL at the edge of its budget, or far past it. The suite's server counts rate limits a
 * thousand times looser, so only the hashing queue and the GraphQL budget stand in the way.
 */
const FLOOD_MS = 10_000
const FLOODERS = 8

const LOGIN_SPELLINGS = ['/api/readers/login', '/api/users/./login', '/api/readers/LOGIN', '/api/x/../readers/login', '/api/readers/%2e/login']
const WRONG_LOGIN = JSON.stringify({ email: 'nobody@example.com', password: 'a wrong guess' })
const ALIASED_COUNTS = `{ ${Array.from({ length: 300 }, (_, index) => `a${index}: Articles(limit: 1) { ...F }`).join(' ')} } fragment F on Articles { totalDocs }`
/** Within the anonymous budget, but as much of it as one query may spend. */
const HEAVY_QUERY = `{ ${['Articles', 'People', 'Countries', 'Quotes', 'Sections'].map((name) => `${name}(limit: 100) { docs { id } totalDocs }`).join(' ')} }`

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]

describe('a cached story while anonymous clients flood the costliest requests', () => {
  it(`stays fast: p50 ≤ 50 ms and p95 ≤ 250 ms, and the flood gets 4xx or 503 answers, never a 500`, async () => {
    const origin = inject('baseURL')
    const floodAgent = new http.Agent({ keepAlive: true, maxSockets: FLOODERS })
    const readerAgent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const until = performance.now() + FLOOD_MS
    const floodAnswers: RawAnswer[] = []

    const flooder = async (index: number) => {
      for (let round = 0; performance.now() < until; round++) {
        const request =
          (index + round) % 3 === 0
            ? { method: 'POST', path: LOGIN_SPELLINGS[round % LOGIN_SPELLINGS.length], body: WRONG_LOGIN }
            : { method: 'POST', path: '/api/graphql', body: JSON.stringify({ query: round % 2 ? HEAVY_QUERY : ALIASED_COUNTS }) }
        floodAnswers.push(await sendAsWritten(origin, { ...request, headers: { 'content-type': 'application/json' } }, floodAgent))
      }
    }
    const reader = async () => {
      const times: number[] = []
      while (performance.now() < until) {
        const answer = await sendAsWritten(origin, { method: 'GET', path: `/articles/${MAIN_STORY_SLUG}`, headers: { 'accept-encoding': 'gzip' } }, readerAgent)
        expect(answer.status).toBe(200)
        times.push(answer.ms)
      }
      return times
    }

    const [times] = await Promise.all([reader(), ...Array.from({ length: FLOODERS }, (_, index) => flooder(index))])
    floodAgent.destroy()
    readerAgent.destroy()

    const sorted = times.sort((a, b) => a - b)
    const statuses = new Map<number, number>()
    for (const { status } of floodAnswers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    console.log(
      `[resilience] story under flood: ${sorted.length} reads, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms; ` +
        `flood answers ${[...statuses].map(([status, count]) => `${status}×${count}`).join(' ')}`,
    )
    expect(floodAnswers.filter((answer) => answer.status >= 500 && answer.status !== 503).map((answer) => `${answer.status} ${answer.body.slice(0, 200)}`)).toEqual([])
    // The flood was served too: logins were answered as logins, heavy queries as queries.
    expect(floodAnswers.some((answer) => answer.status === 401)).toBe(true)
    expect(floodAnswers.some((answer) => answer.status === 200)).toBe(true)
    expect(percentile(sorted, 0.5)).toBeLessThanOrEqual(50)
    expect(percentile(sorted, 0.95)).toBeLessThanOrEqual(250)
  })
})
