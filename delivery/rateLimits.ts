import type { IncomingMessage, ServerResponse } from 'node:http'

import type { ServerEnv } from '@/lib/env'
import { clientAddress, decide, type RateLimitRule } from '@/lib/rateLimit'
import { memoryStore, redisStore, type RateLimitStore } from '@/lib/rateLimitStores'

import { layerHeaders } from './layerHeaders'
import { tooManyAttemptsMessage, tooManyAttemptsPage } from './plainPages'

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
 * The rule a request falls under, if any, and its path. The path as the app will route it: %-escapes decoded,
 * repeated and trailing slashes dropped, so `/api//readers/%6Cogin/` counts as a login too.
 */
export function limitedPost(method: string | undefined, url: string): { path: string; rule: RateLimitRule } | null {
  if (method !== 'POST') return null
  const [rawPath] = url.split('?', 1)
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    // A malformed escape: no page of the app answers it (the page layer's 400).
    return null
  }
  path = path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  const rule = LIMITED_POSTS[path]
  return rule ? { path, rule } : null
}

let store: RateLimitStore | undefined
/** This process's rate-limit counters: in Redis, shared by every instance, when REDIS_URL is set. */
export const rateLimitStore = (env: ServerEnv): RateLimitStore => (store ??= env.REDIS_URL ? redisStore(env.REDIS_URL, memoryStore()) : memoryStore())

/**
 * Run by server.ts before anything else: a limited request from a client past its limit is
 * answered here, 429 with Retry-After, and its body is read and dropped (never handed to Next, so
 * nothing is checked, sent or saved; reading it keeps the connection usable). `true`: answered.
 */
export async function answerRateLimited(request: IncomingMessage, response: ServerResponse, env: ServerEnv): Promise<boolean> {
  const limited = limitedPost(request.method, request.url ?? '/')
  if (limited === null) return false
  const { path, rule } = limited
  const forwardedFor = request.headers['x-forwarded-for']
  const client = clientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  })
  const decision = decide(await rateLimitStore(env).hit(rule, client, Date.now()), rule, env.RATE_LIMIT_SCALE)
  if (decision.allowed) return false

  request.resume()
  const retryAfter = String(decision.retryAfterSeconds)
  if (path.startsWith('/api/') || path.startsWith('/webhooks/')) {
    const body = JSON.stringify({ errors: [{ message: tooManyAttemptsMessage(decision.retryAfterSeconds) }] })
    response.writeHead(429, { 'content-type': 'application/json', 'cache-control': 'no-store', 'retry-after': retryAfter, ...layerHeaders(env) })
    response.end(body)
    return true
  }
  const { html, init } = tooManyAttemptsPage(path, decision.retryAfterSeconds)
  response.writeHead(429, { ...(init.headers as Record<string, string>), ...layerHeaders(env) }).end(html)
  return true
}
