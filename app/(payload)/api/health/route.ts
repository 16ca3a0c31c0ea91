import { serverEnv } from '@/lib/env'

import { databaseCheck } from '../databaseHealth'

/**
 * `/api/health`, for load balancers and operators: whether this server can reach its
 * database (../databaseHealth.ts), and how the job runner
 * (scheduled publishing) is set to run. 200 when all is well, 503 with what is wrong
 * otherwise; never cached, never an error page. Names no internals: no paths, no stack.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const database = await databaseCheck()
  const body = {
    status: database.ok ? 'ok' : 'unavailable',
    database,
    // The runner lives in this process (payload.config.ts, jobs.autoRun): it runs while the server does.
    jobs: { runner: 'in-process', schedule: serverEnv().JOBS_CRON },
  }
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
}
