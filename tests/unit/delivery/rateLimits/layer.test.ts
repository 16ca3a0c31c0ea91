import type { IncomingMessage } from 'node:http'

import { describe, expect, it } from 'vitest'

import { ACCOUNT_FORM_PATHS } from '@/delivery/formPosts'
import { tooManyAttemptsPage } from '@/delivery/plainPages'
import { answerGraphqlRateLimited, CLIENT_HEADER, identifyClient, LIMITED_GRAPHQL_MUTATIONS, limitedPost, RATE_LIMIT_RULES } from '@/delivery/rateLimits'
import { parseServerEnv } from '@/lib/platform/env'

describe('the requests the rate limits count', () => {
  it('are the posts of logins, registration, password resets and the webhook', () => {
    expect(limitedPost('POST', '/api/readers/login')?.rule).toBe(RATE_LIMIT_RULES.login)
    expect(limitedPost('POST', '/api/users/login?depth=0')?.rule).toBe(RATE_LIMIT_RULES.login)
    expect(limitedPost('POST', '/api/readers')?.rule).toBe(RATE_LIMIT_RULES.registration)
    expect(limitedPost('POST', '/api/users/forgot-password')?.rule).toBe(RATE_LIMIT_RULES.passwordReset)
    expect(limitedPost('POST', '/webhooks/stripe')?.rule).toBe(RATE_LIMIT_RULES.webhook)
    for (const form of ['/login', '/register', '/forgot-password', '/reset-password'] as const) {
      expect(ACCOUNT_FORM_PATHS).toContain(form)
      expect(limitedPost('POST', form)).not.toBeNull()
    }
  })

  it('are found whatever the case of the canonical path (other spellings are made canonical first)', () => {
    expect(limitedPost('POST', '/api/Readers/LOGIN')).toEqual({ path: '/api/readers/login', rule: RATE_LIMIT_RULES.login })
    expect(limitedPost('POST', '/REGISTER?next=/')?.rule).toBe(RATE_LIMIT_RULES.registration)
  })

  it('are not page loads or other posts', () => {
    expect(limitedPost('GET', '/login')).toBeNull()
    expect(limitedPost('POST', '/account')).toBeNull()
    expect(limitedPost('POST', '/api/readers/me')).toBeNull()
  })

  it('past their limit get a readable page that says when to come back', () => {
    const { html, init } = tooManyAttemptsPage('/forgot-password', 42)
    expect(init.status).toBe(429)
    expect(init.headers).toMatchObject({ 'retry-after': '42', 'cache-control': 'no-store' })
    expect(html).toContain('<h1>Too many attempts</h1>')
    expect(html).toContain('try again in 42 seconds')
    expect(html).toContain('href="/forgot-password"')
  })
})

// In this order: the first test runs before anything in this process played server.ts.
describe('the GraphQL mutations the rate limits count', () => {
  const env = parseServerEnv({ RATE_LIMIT_SCALE: '1' })
  const body = (query: string) => JSON.stringify({ query })
  const resets = (times: number) =>
    body(`mutation { ${Array.from({ length: times }, (_, i) => `r${i}: forgotPasswordReader(email: "a@example.com")`).join(' ')} }`)
  const from = (client?: string) => new Headers(client ? { [CLIENT_HEADER]: client } : {})

  it('are auth mutations of both collections, under the rules of their posts', () => {
    expect(LIMITED_GRAPHQL_MUTATIONS.get('loginReader')).toBe(RATE_LIMIT_RULES.login)
    expect(LIMITED_GRAPHQL_MUTATIONS.get('loginUser')).toBe(RATE_LIMIT_RULES.login)
    expect(LIMITED_GRAPHQL_MUTATIONS.get('createReader')).toBe(RATE_LIMIT_RULES.registration)
    expect(LIMITED_GRAPHQL_MUTATIONS.get('resetPasswordUser')).toBe(RATE_LIMIT_RULES.passwordReset)
  })

  it('without server.ts in front (next dev) believe no client header: every client counts as one', async () => {
    expect(await answerGraphqlRateLimited(resets(3), from('198.51.100.1'), env)).toBeNull()
    const refused = await answerGraphqlRateLimited(resets(3), from('198.51.100.2'), env)
    expect(refused?.status).toBe(429)
    expect(await answerGraphqlRateLimited(resets(1), from(), env)).not.toBeNull()
  })

  it('once server.ts names the client, overwriting what the client sent, count per client', async () => {
    const request = { headers: { [CLIENT_HEADER]: 'someone else' }, socket: { remoteAddress: '::ffff:203.0.113.9' } } as unknown as IncomingMessage
    expect(identifyClient(request, env)).toBe('203.0.113.9')
    expect(request.headers[CLIENT_HEADER]).toBe('203.0.113.9')

    const client = from('203.0.113.9')
    expect(await answerGraphqlRateLimited(resets(5), client, env)).toBeNull()
    const refused = await answerGraphqlRateLimited(resets(1), client, env)
    expect(refused?.status).toBe(429)
    expect(refused?.headers.get('cache-control')).toBe('no-store')
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(60)
    expect(((await refused?.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/^Too many attempts from your address/)
    // Another client, and what is no limited mutation, go on.
    expect(await answerGraphqlRateLimited(resets(5), from('203.0.113.10'), env)).toBeNull()
    expect(await answerGraphqlRateLimited(body('mutation { logoutReader }'), client, env)).toBeNull()
    expect(await answerGraphqlRateLimited(body(`query { Readers { docs { id } } }`), client, env)).toBeNull()
  })
})
