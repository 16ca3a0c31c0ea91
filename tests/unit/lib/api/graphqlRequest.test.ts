import { describe, expect, it } from 'vitest'

import { GRAPHQL_MAX_DEPTH, judgeGraphqlRequest } from '@/lib/api/graphqlRequest'

const judgeProblem = (body: string) => judgeGraphqlRequest(body).problem

const body = (query: string) => JSON.stringify({ query })
const nested = (levels: number) => `{ ${'a { '.repeat(levels)}b${' }'.repeat(levels)} }`

describe('judging a GraphQL body before Payload runs it', () => {
  it('says what to send when the body is not JSON', () => {
    expect(judgeProblem('{"query": ')).toContain('The body is not JSON')
  })

  it('names fragments that spread each other in a circle', () => {
    expect(judgeProblem(body('{ a { ...A } } fragment A on T { ...B } fragment B on T { ...A }'))).toContain('Cannot spread fragment "A"')
  })

  it('refuses a query nested deeper than the limit, and lets one at the limit through', () => {
    expect(judgeProblem(body(nested(GRAPHQL_MAX_DEPTH + 1)))).toMatch(/depth limit of 12 exceeded/)
    expect(judgeProblem(body(nested(GRAPHQL_MAX_DEPTH - 1)))).toBeNull()
  })

  it('refuses a subscription, which the schema has no type for', () => {
    expect(judgeProblem(body('subscription { x }'))).toBe('This API has no subscriptions: send a query or a mutation.')
  })

  it('leaves to Payload a query that does not parse, a body without a query, and a good query', () => {
    expect(judgeProblem(body('{{{'))).toBeNull()
    expect(judgeProblem(body('{ Articles { docs { title } } }'))).toBeNull()
  })

  it('refuses a batch, which would spend the budget once per query in one request', () => {
    expect(judgeProblem('[1, 2]')).toBe('Send one query per request: batches are not accepted.')
    expect(judgeProblem(JSON.stringify([{ query: '{ a }' }, { query: '{ b }' }]))).toMatch(/batches/)
  })

  it('says what an operation would spend, for the budget', () => {
    expect(judgeGraphqlRequest(body('{ Articles(limit: 5) { docs { title } } }'))).toMatchObject({ problem: null, spend: { rootFields: 1, aliases: 0 } })
  })
})
