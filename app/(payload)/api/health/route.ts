import { serverEnv } from '@/lib/platform/env'
import { redisConnection } from '@/lib/platform/redisConnection'

import { databaseCheck } from '../databaseHealth'

/**
 * For load balancers: 503 when the database is unreachable; `degraded` while Redis is, since
 * the instance still serves from its own memory. Names no internals: no paths, no stack, no address.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const { REDIS_URL, JOBS_CRON } = serverEnv()
  const database = await databaseCheck()
  const redis = REDIS_URL ? { ok: redisConnection(REDIS_URL).isReady() } : undefined
  const body = {
    status: !database.ok ? 'unavailable' : redis && !redis.ok ? 'degraded' : 'ok',
    database,
    ...(redis ? { redis } : {}),
    // The runner lives in this process (payload.config.ts, jobs.autoRun).
    jobs: { runner: 'in-process', schedule: JOBS_CRON },
  }
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
}
