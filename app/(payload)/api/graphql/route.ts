import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlRequestProblem } from '@/lib/graphqlRequest'
import { readBodyUpTo } from '@/lib/requestBody'

import { answeringOutages, graphqlFailedOnServer } from '../databaseHealth'

const graphql = GRAPHQL_POST(config)
// Far above any query the admin or a client sends; a larger body is refused unread.
const MAX_QUERY_BYTES = 200_000

/** A body Payload would answer with a 500 (not JSON, fragments in a circle) gets a 400 that says why (lib/graphqlRequest.ts). */
export async function POST(request: Request): Promise<Response> {
  const body = await readBodyUpTo(request.clone(), MAX_QUERY_BYTES)
  const problem = body === null ? `The body is over ${MAX_QUERY_BYTES} bytes.` : graphqlRequestProblem(body)
  return problem ? Response.json({ errors: [{ message: problem }] }, { status: 400 }) : answeringOutages(() => graphql(request), graphqlFailedOnServer)
}

export const OPTIONS = REST_OPTIONS(config)
