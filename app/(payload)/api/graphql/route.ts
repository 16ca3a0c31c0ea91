import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { answerGraphqlRateLimited } from '@/delivery/rateLimits'
import { serverEnv } from '@/lib/platform/env'
import { graphqlRequestProblem } from '@/lib/api/graphqlRequest'
import { readBodyUpTo } from '@/lib/http/requestBody'

import { answeringOutages, graphqlFailedOnServer } from '../databaseHealth'

const graphql = GRAPHQL_POST(config)
// Far above any query the admin or a client sends; a larger body is refused unread.
const MAX_QUERY_BYTES = 200_000

/**
 * A body Payload would answer with a 500 (not JSON, fragments in a circle) gets a 400 that says why (lib/api/graphqlRequest.ts);
 * logins, registrations and password resets past their client's limit a 429 (delivery/rateLimits/index.ts), as over REST.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await readBodyUpTo(request.clone(), MAX_QUERY_BYTES)
  const problem = body === null ? `The body is over ${MAX_QUERY_BYTES} bytes.` : graphqlRequestProblem(body)
  if (body === null || problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
  const limited = await answerGraphqlRateLimited(body, request.headers, serverEnv()).catch((error: unknown) => {
    // As in server.ts: a limiter that cannot count must not take the sign-in down with it.
    console.error('The rate limiter failed; the GraphQL request goes on unlimited:', error)
    return null
  })
  return limited ?? answeringOutages(() => graphql(request), graphqlFailedOnServer)
}

export const OPTIONS = REST_OPTIONS(config)
