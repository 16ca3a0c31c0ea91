import type { IncomingMessage, ServerResponse } from 'node:http'

import { ruleKeyOfPath } from '@/lib/http/canonicalPath'
import type { ServerEnv } from '@/lib/platform/env'
import { processWide } from '@/lib/processWide.mjs'

import { layerHeaders } from '../layerHeaders'
import { tooManyAttemptsMessage, tooManyAttemptsPage } from '../plainPages'

import { mutationFieldCounts } from './graphqlMutations'
import { clientAddressOf, rateLimitDecision, type RateLimitDecision, type RateLimitRule } from './rules'
import { memoryStore, redisStore, type RateLimitStore } from './stores'

const MINUTE_MS = 60_000

/**
 * The requests limited per client address, by what they do: password guessing, address probing
 * and mass sign-ups, reset emails sent to someone else, and floods of the webhook (whose signature
 * check is work). Each rule counts its paths together. Every post counts, answered well or not.
 */
export const RATE_LIMIT_RULES = {
  login: { name: 'login', limit: 10, windowMs: MINUTE_MS },
  registration: { name: 'registration', limit: 5, windowMs: 10 * MINUTE_MS },
  passwordReset: { name: 'password-reset', limit: 5, windowMs: 10 * MINUTE_MS },
  webhook: { name: 'webhook', limit: 300, windowMs: MINUTE_MS },
} satisfies Record<string, RateLimitRule>

/**
 * The POSTs limited: Payload's REST logins, registration and password resets, the site's account
 * forms (their server actions post to the page's own path: delivery/formPosts.ts), and the webhook.
 */
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
 * Payload's GraphQL mutations that do what a limited post does (the names its schema gives the
 * readers' and staff's auth operations), counted under the same rules and counters: the limits do
 * not depend on the way in. Checked against the schema by tests/pages/rateLimits.test.ts.
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

/**
 * This process's rate-limit counters: in Redis, shared by every instance, when REDIS_URL is set.
 * Process-wide: the layer and the app (GraphQL's logins, the resend of a link) count in one store.
 */
export const rateLimitStore = (env: ServerEnv): RateLimitStore =>
  processWide('rateLimitStore', () => (env.REDIS_URL ? redisStore(env.REDIS_URL, memoryStore()) : memoryStore()))

/** Counts `hits` requests of `client` under `rule`, and says whether the last of them may go on. */
async function count(rule: RateLimitRule, client: string, hits: number, env: ServerEnv): Promise<RateLimitDecision> {
  return rateLimitDecision(await rateLimitStore(env).hit(rule, client, Date.now(), hits), rule, env.RATE_LIMIT_SCALE)
}

/** The header that tells the app who the client is (`identifyClient`): only server.ts sees the socket's address. */
export const CLIENT_HEADER = 'x-newsroom-client'
/** Set once server.ts has named the client of a request: from then on every request of this process carries the header. */
const layerInFront = () => processWide('rateLimitLayerInFront', () => ({ seen: false }))
/** Who every client is without the layer in front (`next dev`): one client, which a single developer is. */
const UNKNOWN_CLIENT = 'unknown'

/**
 * Run by server.ts first, on every request: the client it counts as (`clientAddressOf`), also set
 * as CLIENT_HEADER for the limits the app applies itself (GraphQL's logins: `answerGraphqlRateLimited`).
 * Whatever the client sent under that name is overwritten, so the app may believe it.
 */
export function identifyClient(request: IncomingMessage, env: ServerEnv): string {
  const forwardedFor = request.headers['x-forwarded-for']
  const client = clientAddressOf({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  })
  request.headers[CLIENT_HEADER] = client
  layerInFront().seen = true
  return client
}

/**
 * In the app: the client server.ts named. Without server.ts in front (`next dev`, or `next start`)
 * the header is whatever the client sent, so it is not believed: every client counts as one.
 */
function namedClient(headers: Headers): string {
  if (!layerInFront().seen) return UNKNOWN_CLIENT
  return headers.get(CLIENT_HEADER) ?? UNKNOWN_CLIENT
}

/** The JSON refusal of an API request (GraphQL's shape of errors, which Payload's REST API shares), and its headers. */
function tooManyAttemptsJson(retryAfterSeconds: number): { body: string; headers: Record<string, string> } {
  return {
    body: JSON.stringify({ errors: [{ message: tooManyAttemptsMessage(retryAfterSeconds) }] }),
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'retry-after': String(retryAfterSeconds) },
  }
}

/**
 * Run by server.ts before anything else but `identifyClient`: a limited request from a client past its limit is
 * answered here, 429 with Retry-After, and its body is read and dropped (never handed to Next, so
 * nothing is checked, sent or saved; reading it keeps the connection usable). `true`: answered.
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

/**
 * Run by the GraphQL route before Payload: the limited mutations a body runs
 * (LIMITED_GRAPHQL_MUTATIONS), each field once (`a: loginReader b: loginReader` is two logins),
 * counted with the posts of their rules. Past any rule's limit the whole body is refused, 429
 * with the longest wait, and nothing of it runs. null: it may go on.
 */
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
