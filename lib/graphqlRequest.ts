import { buildSchema, NoFragmentCyclesRule, parse, validate } from 'graphql'

/**
 * A GraphQL request body judged before Payload runs it: Payload answers a body that is
 * not JSON, and fragments that spread each other in a circle (its complexity count
 * recurses without end), with a 500. What is wrong, in words; null when Payload may have it.
 * A query that does not parse is left to Payload, which answers with GraphQL's own message.
 */
const ANY_SCHEMA = buildSchema('type Query { ok: Boolean }')

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
  // Only the cycle rule: the schema is a stand-in, and the rule does not look at it.
  const [cycle] = validate(ANY_SCHEMA, document, [NoFragmentCyclesRule])
  return cycle ? cycle.message : null
}
