import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { buildSchema, Kind, NoFragmentCyclesRule, parse, validate } from 'graphql'

/**
 * Payload answers a body that is not JSON, circular fragments and our rules' refusals with a 500:
 * these are judged first, in words. A query that does not parse gets GraphQL's own message.
 */
const ANY_SCHEMA = buildSchema('type Query { ok: Boolean }')

// Far deeper than any real query: a story, its related stories' quotes' speakers' countries.
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
  // These rules look only at the shape, so any schema will do. Cycles first, or depth would follow one.
  const [cycle] = validate(ANY_SCHEMA, document, [NoFragmentCyclesRule])
  if (cycle) return cycle.message
  try {
    const [tooDeep] = validate(ANY_SCHEMA, document, [maxDepthRule({ n: GRAPHQL_MAX_DEPTH, exposeLimits: true })])
    return tooDeep ? tooDeep.message : null
  } catch (refused) {
    return refused instanceof Error ? refused.message : 'The query is nested too deep.'
  }
}
