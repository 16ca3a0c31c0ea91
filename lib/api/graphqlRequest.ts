import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { buildSchema, Kind, NoFragmentCyclesRule, parse, validate } from 'graphql'

/**
 * A GraphQL request body judged before Payload runs it: Payload answers a body that is
 * not JSON, fragments that spread each other in a circle (its complexity count recurses
 * without end), and a query refused by a validation rule of ours, with a 500. What is
 * wrong, in words; null when Payload may have it. So is a subscription, which Payload's
 * schema has no type for. A query that does not parse is left to
 * Payload, which answers with GraphQL's own message.
 */
const ANY_SCHEMA = buildSchema('type Query { ok: Boolean }')

/** Far deeper than any query a client needs (a story, its related stories' quotes' speakers' countries). */
export const GRAPHQL_MAX_DEPTH = 12

export function graphqlRequestProblem(body: string): string | null {
  let request: unknown
  try {
    request = JSON.parse(body)
  } catch {
    return 'The body is not JSON: send {"query": "…", "variables": {…}}.'
  }
  const query = (request as { query?: unknown } | null)?.query
  if (typeof query !== 'string') return null
  let document
  try {
    document = parse(query)
  } catch {
    return null
  }
  const subscribes = document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')
  if (subscribes) return 'This API has no subscriptions: send a query or a mutation.'
  // Rules that look only at the query's shape: the schema is a stand-in. Cycles first, or the depth count would follow one.
  const [cycle] = validate(ANY_SCHEMA, document, [NoFragmentCyclesRule])
  if (cycle) return cycle.message
  try {
    const [tooDeep] = validate(ANY_SCHEMA, document, [maxDepthRule({ n: GRAPHQL_MAX_DEPTH, exposeLimits: true })])
    return tooDeep ? tooDeep.message : null
  } catch (refused) {
    return refused instanceof Error ? refused.message : 'The query is nested too deep.'
  }
}
