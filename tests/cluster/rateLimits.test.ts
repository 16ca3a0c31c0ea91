import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Reader } from '../support/reader'
import { startCluster, type Cluster } from '../support/cluster'

/**
 * A client's login allowance is one across the instances (counted in Redis), not one per
 * instance; while Redis is down each instance counts on its own, and logins still answer.
 * This file stops its cluster's Redis and runs the default limits, so it starts a cluster of its own.
 */
let cluster: Cluster

beforeAll(async () => {
  cluster = await startCluster({ env: { RATE_LIMIT_SCALE: '1' } })
})

afterAll(async () => {
  await cluster?.stop()
})

let guesses = 0
/** A fresh address for each wrong password: the per-client limit is under test, not the per-account one. */
const freshAddress = () => `nobody-${++guesses}@example.com`

const wrongLogin = async (baseURL: string): Promise<number> => {
  const response = await new Reader(baseURL).send('POST', '/api/readers/login', { email: freshAddress(), password: 'a wrong guess' })
  await response.arrayBuffer()
  return response.status
}

const wrongGraphqlLogins = async (baseURL: string, times: number): Promise<number> => {
  const login = () => `loginReader(email: "${freshAddress()}", password: "a wrong guess") { token }`
  const query = `mutation { ${Array.from({ length: times }, (_, index) => `attempt${index}: ${login()}`).join(' ')} }`
  const response = await new Reader(baseURL).send('POST', '/api/graphql', { query })
  await response.arrayBuffer()
  return response.status
}

describe('the login rate limit across two instances', () => {
  it('counts attempts through A and B together, over REST and GraphQL, and falls back to each instance’s own count while Redis is down', async () => {
    const { a, b } = cluster
    // Four logins in one GraphQL document count four in Redis.
    expect(await wrongGraphqlLogins(a.url, 4)).toBe(200)
    for (let attempt = 1; attempt <= 6; attempt++) {
      expect([400, 401]).toContain(await wrongLogin(attempt % 2 === 0 ? a.url : b.url))
    }
    expect(await wrongLogin(a.url)).toBe(429)
    expect(await wrongLogin(b.url)).toBe(429)
    expect(await wrongGraphqlLogins(b.url, 1)).toBe(429)

    await cluster.redis.stop()
    // B has counted nothing of its own: its attempts go through again, answered as usual, never a 500.
    expect([400, 401]).toContain(await wrongLogin(b.url))
  })
})
