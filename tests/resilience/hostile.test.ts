import http from 'node:http'

import config from '@payload-config'
import { describe, expect, inject, it } from 'vitest'

import { BUSY_MESSAGE } from '@/delivery/passwordHashing'
import { bodyRequests, graphqlRequests, headerRequests, pathRequests, queryRequests, seededRandom, type HostileRequest } from '../support/hostileRequests'
import { leaksInternals } from '../support/leaks'
import { sendAsWritten, type RawAnswer } from '../support/rawRequest'

type Answer = RawAnswer & { request: HostileRequest }

/** Sent as written (tests/support/rawRequest.ts). */
const send = async (origin: URL, request: HostileRequest, agent: http.Agent): Promise<Answer> => ({ ...(await sendAsWritten(origin, request, agent)), request })

async function sendAll(requests: HostileRequest[], concurrency: number): Promise<Answer[]> {
  const origin = new URL(inject('baseURL'))
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const answers: Answer[] = []
  let next = 0
  const worker = async () => {
    while (next < requests.length) answers.push(await send(origin, requests[next++], agent))
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  agent.destroy()
  return answers
}

/** Every field of every collection, hidden and auth fields included, from the real config. */
async function collectionFields() {
  const { collections } = await config
  return collections.map((collection) => ({
    slug: collection.slug,
    fields: [
      ...new Set([
        ...collection.flattenedFields.map((field) => field.name),
        'id',
        'hash',
        'salt',
        'resetPasswordToken',
        'sessions',
        'lockUntil',
        'loginAttempts',
      ]),
    ],
  }))
}

describe('1,000+ hostile requests against the production build', () => {
  it('get no 5xx, no hang and no internals: each a 4xx, a 404 or a normal page', async () => {
    const random = seededRandom(20261201)
    const requests = [...pathRequests(random), ...queryRequests(await collectionFields(), random), ...headerRequests(), ...bodyRequests(), ...graphqlRequests()]
    expect(requests.length).toBeGreaterThanOrEqual(1000)

    const answers = await sendAll(requests, 8)
    const describe = (answer: Answer) =>
      `${answer.status} ${answer.request.method} ${answer.request.path.slice(0, 160)} [${answer.request.family}] ${answer.body.slice(0, 160)}`
    const slowest = [...answers].sort((a, b) => b.ms - a.ms).slice(0, 3)
    const counts = new Map<number, number>()
    for (const { status } of answers) counts.set(status, (counts.get(status) ?? 0) + 1)
    const byStatus = [...counts].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`)
    console.log(`[resilience] ${answers.length} hostile requests; statuses ${byStatus.join(', ')}`)
    console.log(`[resilience] slowest: ${slowest.map((answer) => `${answer.ms.toFixed(0)} ms ${describe(answer)}`).join('\n  ')}`)

    // No answer at all is allowed only where the server refuses a request too large to read (431 for headers is Node's).
    // A sign-in told to come back when the hashing line is full is the shed decision 013 asks for, not a failure.
    const shed = (answer: Answer) => answer.status === 503 && answer.body.includes(BUSY_MESSAGE)
    const failures = answers.filter((answer) => (answer.status >= 500 && !shed(answer)) || (answer.status === 0 && answer.request.family !== 'oversized'))
    expect(failures.map(describe)).toEqual([])
    expect(answers.filter((answer) => leaksInternals(answer.body)).map(describe)).toEqual([])
  })
})
