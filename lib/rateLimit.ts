import { isIP } from 'node:net'

/**
 * Per-client rate limits, the pure part: what a rule allows, who the client is, and the decision.
 * The counting (in memory, or in Redis shared by every instance) is lib/rateLimitStores.ts; the
 * requests it applies to and the 429 are delivery/rateLimits.ts.
 */
export type RateLimitRule = {
  /** Part of the counter's key: requests to every path of one rule share one count. */
  name: string
  /** Requests allowed per client within one window (before RATE_LIMIT_SCALE). */
  limit: number
  windowMs: number
}

/** A client's count in its current window, and how long that window has left. */
export type WindowCount = { hits: number; remainingMs: number }

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * A fixed window that starts at the client's first request (not at the clock's minute): the first
 * `limit` requests pass, the rest wait until the window ends. A client can at most double its rate
 * across two windows back to back, which is enough to stop guessing and costs one counter.
 * `scale` multiplies every limit (RATE_LIMIT_SCALE); a limit never drops below one request.
 */
export function decide(count: WindowCount, rule: RateLimitRule, scale: number): RateLimitDecision {
  if (count.hits <= Math.max(1, Math.floor(rule.limit * scale))) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(count.remainingMs / 1000)) }
}

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) is the same client as `192.0.2.1`. */
export function normalisedAddress(address: string): string {
  const trimmed = address.trim().toLowerCase()
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(trimmed)
  return mapped ? mapped[1] : trimmed
}

/**
 * Who is asking: the socket's address, unless `trustedProxyHops` proxies stand in front of the
 * server (TRUSTED_PROXY_HOPS). Each proxy appends the address it was reached from to
 * `X-Forwarded-For`, so the client is that many entries from the right; whatever stands further
 * left came from the client and may be made up. A header shorter than that (a request that did
 * not pass through every proxy) or an entry that is no address: the socket's address.
 */
export function clientAddress(request: { socketAddress: string | undefined; forwardedFor: string | undefined; trustedProxyHops: number }): string {
  const socket = normalisedAddress(request.socketAddress ?? 'unknown')
  if (request.trustedProxyHops === 0 || !request.forwardedFor) return socket
  const entries = request.forwardedFor.split(',').map((entry) => normalisedAddress(entry))
  if (entries.length < request.trustedProxyHops) return socket
  const client = entries[entries.length - request.trustedProxyHops]
  return isIP(client) ? client : socket
}
