import config from '@payload-config'
import { getPayload } from 'payload'

import { serverEnv } from '@/lib/env'

/**
 * `/api/health`, for load balancers and operators: whether this server can reach its
 * database (a count on the smallest collection, given a second), and how the job runner
 * (scheduled publishing) is set to run. 200 when all is well, 503 with what is wrong
 * otherwise; never cached, never an error page. Names no internals: no paths, no stack.
 */
export const dynamic = 'force-dynamic'

const DATABASE_TIMEOUT_MS = 1000

async function databaseCheck(): Promise<{ ok: boolean; ms: number; problem?: string }> {
  const started = Date.now()
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS))
  try {
    await Promise.race([getPayload({ config }).then((payload) => payload.count({ collection: 'sections', overrideAccess: true })), timeout])
    return { ok: true, ms: Date.now() - started }
  } catch (error) {
    const timedOut = error instanceof Error && error.message === 'timeout'
    return { ok: false, ms: Date.now() - started, problem: timedOut ? `no answer within ${DATABASE_TIMEOUT_MS} ms` : 'unreachable' }
  }
}

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
