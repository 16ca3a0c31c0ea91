import config from '@payload-config'
import { getPayload } from 'payload'

// The API answers an outage with a 503 that says so, instead of Payload's 500.
const DATABASE_TIMEOUT_MS = 1000

export type DatabaseCheck = { ok: boolean; ms: number; problem?: string }

export async function databaseCheck(): Promise<DatabaseCheck> {
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS)))
  try {
    await Promise.race([getPayload({ config }).then((payload) => payload.count({ collection: 'sections', overrideAccess: true })), timeout])
    return { ok: true, ms: Date.now() - started }
  } catch (error) {
    const timedOut = error instanceof Error && error.message === 'timeout'
    return { ok: false, ms: Date.now() - started, problem: timedOut ? `no answer within ${DATABASE_TIMEOUT_MS} ms` : 'unreachable' }
  } finally {
    clearTimeout(timer)
  }
}

const outage = () =>
  Response.json(
    { errors: [{ message: 'The database is unavailable at the moment; try again shortly.' }] },
    { status: 503, headers: { 'retry-after': '30', 'cache-control': 'no-store' } },
  )

const isServerError = (response: Response) => response.status >= 500

export async function answeringOutages(
  respond: () => Promise<Response>,
  failedOnServer: (response: Response) => boolean | Promise<boolean> = isServerError,
): Promise<Response> {
  let response: Response
  try {
    response = await respond()
  } catch (error) {
    if ((await databaseCheck()).ok) throw error
    return outage()
  }
  if (!(await failedOnServer(response)) || (await databaseCheck()).ok) return response
  return outage()
}

// GraphQL reports a field that failed on the server with a 200.
export async function graphqlFailedOnServer(response: Response): Promise<boolean> {
  if (isServerError(response)) return true
  if (!response.headers.get('content-type')?.includes('application/json')) return false
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: { statusCode?: unknown } }[] }
    return (body.errors ?? []).some((error) => typeof error.extensions?.statusCode === 'number' && error.extensions.statusCode >= 500)
  } catch {
    return false
  }
}
