import { describe, expect, it } from 'vitest'

import { GRAPHQL_MAX_DEPTH, graphqlRequestProblem } from '@/lib/api/graphqlRequest'

const body = (query: string) => JSON.stringify({ query })
const nested = (levels: number) => `{ ${'a { '.repeat(levels)}b${' }'.repeat(levels)} }`

describe('judging a GraphQL body before Payload runs it', () => {
  it('says what to send when the body is not JSON', () => {
    expect(graphqlRequestProblem('{"query": ')).toContain('The body is not JSON')
  })

  it('names fragments that spread each other in a circle', () => {
    expect(graphqlRequestProblem(body('{ a { ...A } } fragment A on T { ...B } fragment B on T { ...A }'))).toContain('Cannot spread fragment "A"')
  })

  it('refuses a query nested deeper than the limit, and lets one at the limit through', () => {
    expect(graphqlRequestProblem(body(nested(GRAPHQL_MAX_DEPTH + 1)))).toMatch(/depth limit of 12 exceeded/)
    expect(graphqlRequestProblem(body(nested(GRAPHQL_MAX_DEPTH - 1)))).toBeNull()
  })

  it('refuses a subscription, which the schema has no type for', () => {
    expect(graphqlRequestProblem(body('subscription { x }'))).toBe('This API has no subscriptions: send a query or a mutation.')
  })

  it('leaves to Payload a query that does not parse, a body without a query, and a good query', () => {
    expect(graphqlRequestProblem(body('{{{'))).toBeNull()
    expect(graphqlRequestProblem('[1, 2]')).toBeNull()
    expect(graphqlRequestProblem(body('{ Articles { docs { title } } }'))).toBeNull()
  })
})
