import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { buildSchema, Kind, NoFragmentCyclesRule, parse, validate } from 'graphql'

import { graphqlSpend, type GraphqlSpend } from './graphqlBudget'

/**
 * Payload answers a body that is not JSON, circular fragments and our rules' refusals with a 500:
 * these are judged first, in words. A query that does not parse gets GraphQL's own message.
 */
const ANY_SCHEMA = buildSchema('type Query { ok: Boolean }')

// Far deeper than any real query: a story, its related stories' quotes' speakers' countries.
export const GRAPHQL_MAX_DEPTH = 12

/** What is wrong with a body, or what the operation it runs would spend (null: GraphQL will answer it). */
export type JudgedGraphqlRequest = { problem: string } | { problem: null; spend: GraphqlSpend | null }

const passed = (spend: GraphqlSpend | null = null): JudgedGraphqlRequest => ({ problem: null, spend })

export function judgeGraphqlRequest(body: string): JudgedGraphqlRequest {
  let request: unknown
  try {
    request = JSON.parse(body)
  } catch {
    return { problem: 'The body is not JSON: send {"query": "…", "variables": {…}}.' }
  }
  // A batch would spend each query's budget again, in one request.
  if (Array.isArray(request)) return { problem: 'Send one query per request: batches are not accepted.' }
  const { query, operationName, variables } = (request ?? {}) as { query?: unknown; operationName?: unknown; variables?: unknown }
  if (typeof query !== 'string') return passed()
  let document
  try {
    document = parse(query)
  } catch {
    return passed()
  }
  const subscribes = document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')
  if (subscribes) return { problem: 'This API has no subscriptions: send a query or a mutation.' }
  // These rules look only at the shape, so any schema will do. Cycles first, or depth would follow one.
  const [cycle] = validate(ANY_SCHEMA, document, [NoFragmentCyclesRule])
  if (cycle) return { problem: cycle.message }
  try {
    const [tooDeep] = validate(ANY_SCHEMA, document, [maxDepthRule({ n: GRAPHQL_MAX_DEPTH, exposeLimits: true })])
    if (tooDeep) return { problem: tooDeep.message }
  } catch (refused) {
    return { problem: refused instanceof Error ? refused.message : 'The query is nested too deep.' }
  }
  const given = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {}
  return passed(graphqlSpend(document, typeof operationName === 'string' ? operationName : undefined, given))
}
