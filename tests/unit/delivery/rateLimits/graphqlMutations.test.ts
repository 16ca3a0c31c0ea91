import { describe, expect, it } from 'vitest'

import { mutationFieldCounts } from '@/delivery/rateLimits/graphqlMutations'

const COUNTED = new Map([
  ['loginReader', 'login'],
  ['loginUser', 'login'],
  ['createReader', 'registration'],
  ['forgotPasswordReader', 'password-reset'],
])
const counts = (query: string, operationName?: unknown) => Object.fromEntries(mutationFieldCounts(JSON.stringify({ query, operationName }), COUNTED))
const LOGIN = 'loginReader(email: "a@example.com", password: "guess") { token }'

describe('the limited mutations a GraphQL body runs', () => {
  it('counts each mutation field once, by what it maps to', () => {
    expect(counts(`mutation { ${LOGIN} }`)).toEqual({ login: 1 })
    expect(counts(`mutation { ${LOGIN} loginUser(email: "s@example.com", password: "x") { token } createReader(data: {}) { id } }`)).toEqual({
      login: 2,
      registration: 1,
    })
  })

  it('counts every alias apart, and a field spelled twice under one key once (GraphQL runs it once)', () => {
    expect(counts(`mutation { a: ${LOGIN} b: ${LOGIN} c: ${LOGIN} }`)).toEqual({ login: 3 })
    expect(counts(`mutation { ${LOGIN} ${LOGIN} }`)).toEqual({ login: 1 })
    expect(counts(`mutation { loginReader: ${LOGIN} a: ${LOGIN} }`)).toEqual({ login: 2 })
  })

  it('finds fields in fragments and inline fragments, a fragment spread twice counting once', () => {
    const withFragments = `
      mutation Guess { ...Logins ... on Mutation { c: ${LOGIN} ... { d: ${LOGIN} } } ...Logins }
      fragment Logins on Mutation { a: ${LOGIN} b: ${LOGIN} ...Reset }
      fragment Reset on Mutation { forgotPasswordReader(email: "a@example.com") }`
    expect(counts(withFragments)).toEqual({ login: 4, 'password-reset': 1 })
    // Fragments in a circle (refused before Payload anyway) end.
    expect(counts(`mutation { ...A } fragment A on Mutation { a: ${LOGIN} ...B } fragment B on Mutation { b: ${LOGIN} ...A }`)).toEqual({ login: 2 })
    // A fragment nobody spreads runs nothing.
    expect(counts(`mutation { __typename } fragment Unused on Mutation { ${LOGIN} }`)).toEqual({})
  })

  it('counts only the operation that runs: the one operationName names, or the only one', () => {
    const two = `query Look { __typename } mutation Guess { a: ${LOGIN} b: ${LOGIN} }`
    expect(counts(two, 'Guess')).toEqual({ login: 2 })
    expect(counts(two, 'Look')).toEqual({})
    // Without a name GraphQL runs nothing of several operations; a name of none runs nothing either.
    expect(counts(two)).toEqual({})
    expect(counts(two, 'Other')).toEqual({})
    // `null` (what clients send for no name) picks the only one.
    expect(counts(`mutation { ${LOGIN} }`, null)).toEqual({ login: 1 })
    expect(counts(`mutation Guess { ${LOGIN} }`, 'Guess')).toEqual({ login: 1 })
  })

  it('counts nothing in a query, nor a mutation field further down than the top', () => {
    expect(counts(`{ ${LOGIN} }`)).toEqual({})
    expect(counts(`query { loginReader { token } }`)).toEqual({})
    expect(counts(`mutation { updateReader(id: 1, data: {}) { loginReader { token } } }`)).toEqual({})
  })

  it('counts nothing in a body that runs nothing, and never a name the prototype knows', () => {
    expect(mutationFieldCounts('{"query": ', COUNTED).size).toBe(0)
    expect(mutationFieldCounts('null', COUNTED).size).toBe(0)
    expect(mutationFieldCounts('[1]', COUNTED).size).toBe(0)
    expect(counts('mutation {{{')).toEqual({})
    expect(counts('mutation { constructor toString __proto__ }')).toEqual({})
  })
})
