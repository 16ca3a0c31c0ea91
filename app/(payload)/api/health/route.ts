import { serverEnv } from '@/lib/platform/env'
import { redisConnection } from '@/lib/platform/redisConnection'

import { databaseCheck } from '../databaseHealth'

/**
 * `/api/health`, for load balancers and operators: whether this server can reach its
 * database (../databaseHealth.ts), its Redis when several instances share one, and how the
 * job runner (scheduled publishing) is set to run. 503 with what is wrong when the database
 * is unreachable; 200 otherwise, `degraded` while Redis is unreachable, since the instance
 * still serves readers from its own memory then (delivery/clusterSignals.ts). Never cached,
 * never an error page. Names no internals: no paths, no stack, no Redis address.
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
    // The runner lives in this process (payload.config.ts, jobs.autoRun): it runs while the server does.
    jobs: { runner: 'in-process', schedule: JOBS_CRON },
  }
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
}
