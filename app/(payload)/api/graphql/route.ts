import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { BUSY_MESSAGE, passwordHashingTurn } from '@/delivery/passwordHashing'
import { answerGraphqlRateLimited, LIMITED_GRAPHQL_MUTATIONS } from '@/delivery/rateLimits'
import { mutationFieldCounts } from '@/delivery/rateLimits/graphqlMutations'
import { abandonable } from '@/lib/api/abandonedWork'
import { ANONYMOUS_GRAPHQL_BUDGET, overBudget, STAFF_GRAPHQL_BUDGET } from '@/lib/api/graphqlBudget'
import { judgeGraphqlRequest } from '@/lib/api/graphqlRequest'
import { concurrencyLimit, ShedError } from '@/lib/concurrencyLimit'
import { readBodyUpTo } from '@/lib/http/requestBody'
import { serverEnv } from '@/lib/platform/env'
import { processWide } from '@/lib/processWide.mjs'

import { answeringOutages, graphqlFailedOnServer } from '../databaseHealth'

const graphql = GRAPHQL_POST(config)
// Far above any query the admin or a client sends; a larger body is refused unread.
const MAX_QUERY_BYTES = 200_000
/** Anonymous queries take turns: a few at once, a short queue, then "busy" (decision 013). */
const anonymousTurn = () => processWide('anonymousGraphqlTurn', () => concurrencyLimit(2, { maxWaiting: 8, maxWaitMs: 5_000 }))
/** An anonymous query still running after this is answered 408, and its work stops (lib/api/abandonedWork.ts). */
const ANONYMOUS_TIME_BUDGET_MS = 10_000

const refused = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })

/**
 * Before Payload runs a body: a 400 for one it would answer with a 500 or that is over its caller's
 * budget (lib/api/graphqlRequest.ts, lib/api/graphqlBudget.ts), a 429 past a rate limit, and turns
 * for anonymous queries and for password hashing, so one client cannot hold the server.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await readBodyUpTo(request.clone(), MAX_QUERY_BYTES)
  if (body === null) return refused(400, `The body is over ${MAX_QUERY_BYTES} bytes.`)
  const judged = judgeGraphqlRequest(body)
  if (judged.problem !== null) return refused(400, judged.problem)
  const staff = judged.spend !== null && overBudget(judged.spend, ANONYMOUS_GRAPHQL_BUDGET) !== null && (await isStaff(request))
  const overCallersBudget = judged.spend && overBudget(judged.spend, staff ? STAFF_GRAPHQL_BUDGET : ANONYMOUS_GRAPHQL_BUDGET)
  if (overCallersBudget) return refused(400, overCallersBudget)

  const limited = await answerGraphqlRateLimited(body, request.headers, serverEnv()).catch((error: unknown) => {
    // As in server.ts: a limiter that cannot count must not take the sign-in down with it.
    console.error('The rate limiter failed; the GraphQL request goes on unlimited:', error)
    return null
  })
  if (limited) return limited

  const run = () => answeringOutages(() => graphql(request), graphqlFailedOnServer)
  const hashes = mutationFieldCounts(body, LIMITED_GRAPHQL_MUTATIONS).size > 0
  try {
    if (hashes) return await passwordHashingTurn()(run)
    if (staff) return await run()
    return await inAnonymousTurn(run)
  } catch (error) {
    if (!(error instanceof ShedError)) throw error
    const message = hashes ? BUSY_MESSAGE : 'Too many queries at this moment; please try again in a few seconds.'
    return refused(503, message, { 'retry-after': String(error.retryAfterSeconds) })
  }
}

/** Whether the caller is signed in as staff, who get a larger budget. Asked only of a query over the anonymous one. */
async function isStaff(request: Request): Promise<boolean> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  return user?.collection === 'users'
}

/**
 * An anonymous query in its turn: the answer, or a 408 once the time budget is spent. The turn is
 * held until the abandoned work has stopped, so it cannot pile up behind the answer.
 */
function inAnonymousTurn(run: () => Promise<Response>): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    anonymousTurn()(async () => {
      const work = abandonable(run)
      const timer = setTimeout(() => {
        work.abandon()
        resolve(refused(408, `The query ran longer than ${ANONYMOUS_TIME_BUDGET_MS / 1000} s and was abandoned; ask for less at a time.`))
      }, ANONYMOUS_TIME_BUDGET_MS)
      try {
        resolve(await work.result)
      } finally {
        clearTimeout(timer)
      }
    }).catch(reject)
  })
}

export const OPTIONS = REST_OPTIONS(config)
