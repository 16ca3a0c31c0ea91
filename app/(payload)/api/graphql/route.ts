import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { answerGraphqlRateLimited } from '@/delivery/rateLimits'
import { serverEnv } from '@/lib/platform/env'
import { graphqlRequestProblem } from '@/lib/api/graphqlRequest'
import { readBodyUpTo } from '@/lib/http/requestBody'

import { answeringOutages, graphqlFailedOnServer } from '../databaseHealth'

const graphql = GRAPHQL_POST(config)
// Far above any real query; a larger body is refused unread.
const MAX_QUERY_BYTES = 200_000

// Judged before Payload, which answers some bodies with a 500; logins are rate limited as over REST.
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
