import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { ANONYMOUS_GRAPHQL_BUDGET, graphqlSpend, overBudget, STAFF_GRAPHQL_BUDGET } from '@/lib/api/graphqlBudget'

const spendOf = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => graphqlSpend(parse(query), operationName, variables)!
const anonymousVerdict = (query: string, variables: Record<string, unknown> = {}) => overBudget(spendOf(query, variables), ANONYMOUS_GRAPHQL_BUDGET)

/** The attack that held the site: many aliases of a one-document query, each with its count. */
const ALIASED_COUNTS = `{ ${Array.from({ length: 300 }, (_, index) => `a${index}: Articles(limit: 1) { ...F }`).join(' ')} } fragment F on Articles { totalDocs }`

describe('the budget of one GraphQL request', () => {
  it('lets an ordinary reader query through: a page of stories with their authors and the count', () => {
    const query = '{ Articles(limit: 10, where: { section: { equals: "x" } }) { docs { title slug authors { name } } totalDocs hasNextPage } }'
    expect(anonymousVerdict(query)).toBeNull()
    expect(spendOf(query)).toMatchObject({ rootFields: 1, aliases: 0 })
  })

  it('lets a story with its quotes and their speakers through, as the README example asks', () => {
    const query = `query Story($slug: String) { Articles(where: { slug: { equals: $slug } }, limit: 1) {
      docs { title quotes { docs { text speaker { name country { name } } } } } } }`
    expect(anonymousVerdict(query, { slug: 'a' })).toBeNull()
  })

  it('refuses the aliased counts that held the site, naming the limit', () => {
    expect(anonymousVerdict(ALIASED_COUNTS)).toBe('The query has 300 aliases; at most 20 are allowed.')
    expect(overBudget(spendOf(ALIASED_COUNTS), STAFF_GRAPHQL_BUDGET)).toMatch(/aliases/)
  })

  it('counts fields spread from fragments and inline fragments where they are spread', () => {
    const spend = spendOf('{ Articles { ...A } } fragment A on Articles { docs { ... on Article { title slug } } totalDocs }')
    expect(spend.fields).toBe(5)
  })

  it('prices each list by its page: a large limit, a limit of 0 (every document) or one given as a variable', () => {
    const page = (limit: string) => spendOf(`query($n: Int) { Articles(limit: ${limit}) { docs { title slug } } }`, { n: 500 }).cost
    expect(page('1')).toBeLessThan(page('10'))
    expect(page('$n')).toBe(page('500'))
    expect(page('0')).toBeGreaterThan(page('500'))
    expect(anonymousVerdict('{ Articles(limit: 0) { docs { title slug } } }')).toMatch(/would cost/)
  })

  it('prices nested lists by the product of their pages', () => {
    const nested = spendOf('{ Articles(limit: 50) { docs { quotes(limit: 50) { docs { text } } } } }')
    expect(nested.cost).toBeGreaterThan(50 * 50 * 2)
    expect(overBudget(nested, STAFF_GRAPHQL_BUDGET)).toBeNull()
    expect(overBudget(nested, ANONYMOUS_GRAPHQL_BUDGET)).toMatch(/would cost/)
  })

  it('caps root fields and counts, however they are named', () => {
    const roots = `{ ${['Articles', 'People', 'Countries', 'Quotes', 'Sections', 'Media', 'Authors', 'Users', 'Readers', 'Settings', 'Paywall'].map((name) => `${name} { totalDocs }`).join(' ')} }`
    expect(anonymousVerdict(roots)).toBe('The query asks for 11 top-level fields; at most 10 are allowed.')
    expect(spendOf('{ countArticles { totalDocs } }').cost).toBeGreaterThan(spendOf('{ Articles(limit: 1) { docs { id } } }').cost)
  })

  it('judges the operation the request names, and nothing when it names none of several', () => {
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: Articles(limit: 1) { totalDocs }`).join(' ')
    const document = `query Small { Articles(limit: 1) { docs { id } } } query Big { ${aliases} }`
    expect(overBudget(spendOf(document, {}, 'Small'), ANONYMOUS_GRAPHQL_BUDGET)).toBeNull()
    expect(overBudget(spendOf(document, {}, 'Big'), ANONYMOUS_GRAPHQL_BUDGET)).toMatch(/30 aliases/)
    expect(graphqlSpend(parse(document), undefined, {})).toBeNull()
  })
})
