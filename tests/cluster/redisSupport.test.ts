import { afterAll, describe, expect, it } from 'vitest'

import { redisCommand, startRedis, type RunningRedis } from '../support/redis'

/** The suite's own Redis (tests/support/redis.ts): what the outage test relies on. */
let redis: RunningRedis | undefined

afterAll(async () => {
  await redis?.stop()
})

describe("the tests' Redis", () => {
  it('answers on loopback, keeps nothing on disk, and comes back empty on the same port after a stop', async () => {
    redis = await startRedis()
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`)
    expect(await redisCommand(redis.port, 'PING')).toBe('+PONG')
    expect(await redisCommand(redis.port, 'SET story published')).toBe('+OK')

    await redis.stop()
    expect(await redisCommand(redis.port, 'PING')).toBeNull()

    await redis.restart()
    expect(await redisCommand(redis.port, 'PING')).toBe('+PONG')
    expect(await redisCommand(redis.port, 'GET story')).toBe('$-1')
  })
})
