import type { IncomingMessage, ServerResponse } from 'node:http'

import { ruleKeyOfPath } from '@/lib/http/canonicalPath'
import type { ServerEnv } from '@/lib/platform/env'
import { processWide } from '@/lib/processWide.mjs'

import { layerHeaders } from '../layerHeaders'
import { tooManyAttemptsMessage, tooManyAttemptsPage } from '../plainPages'

import { mutationFieldCounts } from './graphqlMutations'
import { accountGuessKey, clientAddressOf, rateLimitDecision, type RateLimitDecision, type RateLimitRule } from './rules'
import { memoryStore, redisStore, type RateLimitStore } from './stores'

const MINUTE_MS = 60_000

/**
 * Limits per client address against password guessing, address probing, mass sign-ups,
 * reset emails to others, and webhook floods (its signature check is work). Every post counts.
 */
export const RATE_LIMIT_RULES = {
  login: { name: 'login', limit: 10, windowMs: MINUTE_MS },
  registration: { name: 'registration', limit: 5, windowMs: 10 * MINUTE_MS },
  passwordReset: { name: 'password-reset', limit: 5, windowMs: 10 * MINUTE_MS },
  webhook: { name: 'webhook', limit: 300, windowMs: MINUTE_MS },
  // One client's guesses at one account: instead of locking the account, which anyone could do to anyone.
  accountGuesses: { name: 'account-guesses', limit: 5, windowMs: 15 * MINUTE_MS },
} satisfies Record<string, RateLimitRule>

const LIMITED_POSTS: Record<string, RateLimitRule> = {
  '/api/readers/login': RATE_LIMIT_RULES.login,
  '/api/users/login': RATE_LIMIT_RULES.login,
  '/login': RATE_LIMIT_RULES.login,
  '/api/readers': RATE_LIMIT_RULES.registration,
  '/register': RATE_LIMIT_RULES.registration,
  '/api/readers/forgot-password': RATE_LIMIT_RULES.passwordReset,
  '/api/users/forgot-password': RATE_LIMIT_RULES.passwordReset,
  '/api/readers/reset-password': RATE_LIMIT_RULES.passwordReset,
  '/api/users/reset-password': RATE_LIMIT_RULES.passwordReset,
  '/forgot-password': RATE_LIMIT_RULES.passwordReset,
  '/reset-password': RATE_LIMIT_RULES.passwordReset,
  '/webhooks/stripe': RATE_LIMIT_RULES.webhook,
}

/**
 * The same operations through GraphQL share the rules and counters: the limits do not depend
 * on the way in. Checked against the schema by tests/pages/rateLimits.test.ts.
 */
export const LIMITED_GRAPHQL_MUTATIONS: ReadonlyMap<string, RateLimitRule> = new Map([
  ['loginReader', RATE_LIMIT_RULES.login],
  ['loginUser', RATE_LIMIT_RULES.login],
  ['createReader', RATE_LIMIT_RULES.registration],
  ['forgotPasswordReader', RATE_LIMIT_RULES.passwordReset],
  ['forgotPasswordUser', RATE_LIMIT_RULES.passwordReset],
  ['resetPasswordReader', RATE_LIMIT_RULES.passwordReset],
  ['resetPasswordUser', RATE_LIMIT_RULES.passwordReset],
])

/** The rule a POST falls under, if any. `url` is canonical (delivery/canonicalRequest.ts); case does not matter. */
export function limitedPost(method: string | undefined, url: string): { path: string; rule: RateLimitRule } | null {
  if (method !== 'POST') return null
  const path = ruleKeyOfPath(url.split('?', 1)[0])
  const rule = LIMITED_POSTS[path]
  return rule ? { path, rule } : null
}

// Process-wide: the layer and the app (GraphQL logins, a link's resend) must count in one store.
export const rateLimitStore = (env: ServerEnv): RateLimitStore =>
  processWide('rateLimitStore', () => (env.REDIS_URL ? redisStore(env.REDIS_URL, memoryStore()) : memoryStore()))

async function count(rule: RateLimitRule, client: string, hits: number, env: ServerEnv): Promise<RateLimitDecision> {
  return rateLimitDecision(await rateLimitStore(env).hit(rule, client, Date.now(), hits), rule, env.RATE_LIMIT_SCALE)
}

// Only server.ts sees the socket's address, so it tells the app who the client is.
export const CLIENT_HEADER = 'x-newsroom-client'
const layerInFront = () => processWide('rateLimitLayerInFront', () => ({ seen: false }))
// Without the layer (`next dev`) every client is one: a single developer.
const UNKNOWN_CLIENT = 'unknown'

const clientOfSocket = new WeakMap<IncomingMessage['socket'], { forwardedFor: string | undefined; client: string }>()

// Whatever the client sent under CLIENT_HEADER is overwritten, so the app may believe it.
export function identifyClient(request: IncomingMessage, env: ServerEnv): string {
  const header = request.headers['x-forwarded-for']
  const forwardedFor = Array.isArray(header) ? header.join(',') : header
  // Once per connection: a kept-alive socket sends many requests from one address.
  const known = clientOfSocket.get(request.socket)
  const client =
    known && known.forwardedFor === forwardedFor
      ? known.client
      : clientAddressOf({ socketAddress: request.socket.remoteAddress, forwardedFor, trustedProxyHops: env.TRUSTED_PROXY_HOPS })
  if (known?.client !== client || known.forwardedFor !== forwardedFor) clientOfSocket.set(request.socket, { forwardedFor, client })
  request.headers[CLIENT_HEADER] = client
  layerInFront().seen = true
  return client
}

/** The client server.ts named, for the newsroom's unique readers; null without it in front. */
export function knownClient(headers: Headers): string | null {
  const client = namedClient(headers)
  return client === UNKNOWN_CLIENT ? null : client
}

// Without server.ts in front (`next dev`, `next start`) the header is the client's own: not believed.
function namedClient(headers: Headers): string {
  if (!layerInFront().seen) return UNKNOWN_CLIENT
  return headers.get(CLIENT_HEADER) ?? UNKNOWN_CLIENT
}

function tooManyAttemptsJson(retryAfterSeconds: number): { body: string; headers: Record<string, string> } {
  return {
    body: JSON.stringify({ errors: [{ message: tooManyAttemptsMessage(retryAfterSeconds) }] }),
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'retry-after': String(retryAfterSeconds) },
  }
}

/**
 * A refused body is read and dropped, never handed to Next, so nothing is checked, sent or saved;
 * reading it keeps the connection usable. `true`: answered.
 */
export async function answerRateLimited(request: IncomingMessage, response: ServerResponse, client: string, env: ServerEnv): Promise<boolean> {
  const limited = limitedPost(request.method, request.url ?? '/')
  if (limited === null) return false
  const { path, rule } = limited
  const decision = await count(rule, client, 1, env)
  if (decision.allowed) return false

  request.resume()
  if (path.startsWith('/api/') || path.startsWith('/webhooks/')) {
    const { body, headers } = tooManyAttemptsJson(decision.retryAfterSeconds)
    response.writeHead(429, { ...headers, ...layerHeaders(env) }).end(body)
    return true
  }
  const { html, init } = tooManyAttemptsPage(path, decision.retryAfterSeconds)
  response.writeHead(429, { ...(init.headers as Record<string, string>), ...layerHeaders(env) }).end(html)
  return true
}

// Past any rule's limit the whole body is refused with the longest wait, so none of it runs.
export async function answerGraphqlRateLimited(body: string, headers: Headers, env: ServerEnv): Promise<Response | null> {
  const counts = mutationFieldCounts(body, LIMITED_GRAPHQL_MUTATIONS)
  if (counts.size === 0) return null
  const client = namedClient(headers)
  const decisions = await Promise.all([...counts].map(([rule, hits]) => count(rule, client, hits, env)))
  const retryAfterSeconds = Math.max(0, ...decisions.map((decision) => (decision.allowed ? 0 : decision.retryAfterSeconds)))
  if (retryAfterSeconds === 0) return null
  const refusal = tooManyAttemptsJson(retryAfterSeconds)
  return new Response(refusal.body, { status: 429, headers: refusal.headers })
}

/**
 * Counts one login attempt at `email` by the client the request names (decision 013). The count
 * depends only on what was typed and who typed it, never on whether the account exists.
 */
export async function countAccountGuess(email: string, headers: Headers, env: ServerEnv): Promise<RateLimitDecision> {
  return count(RATE_LIMIT_RULES.accountGuesses, accountGuessKey(namedClient(headers), email, env.PAYLOAD_SECRET), 1, env)
}
