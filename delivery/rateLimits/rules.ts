import { isIP } from 'node:net'

/**
 * Per-client rate limits, the pure part: what a rule allows, who the client is, and the decision.
 * The counting (in memory, or in Redis shared by every instance) is delivery/rateLimits/stores.ts; the
 * requests it applies to and the 429 are delivery/rateLimits/index.ts.
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
export function rateLimitDecision(count: WindowCount, rule: RateLimitRule, scale: number): RateLimitDecision {
  if (count.hits <= Math.max(1, Math.floor(rule.limit * scale))) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(count.remainingMs / 1000)) }
}

/**
 * The client an address stands for, in one spelling. IPv4: the address (also when a dual-stack
 * socket writes it `::ffff:192.0.2.1`). IPv6: the /64 it belongs to, as `2001:db8:0:7::/64`,
 * since one host is usually handed a whole /64 and can pick a new address in it for every
 * request. Anything else (no address at all): as it is, trimmed and lower-cased.
 */
export function clientKeyOfAddress(address: string): string {
  const trimmed = address.trim().toLowerCase()
  // A zone (`fe80::1%eth0`) names the server's own interface, not the client.
  const withoutZone = trimmed.replace(/%.*$/, '')
  if (isIP(withoutZone) !== 6) return trimmed
  const groups = ipv6Groups(withoutZone)
  const mappedIpv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff
  if (mappedIpv4) return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.')
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address: `::` filled with zeros, a trailing IPv4 (`::ffff:1.2.3.4`) as two groups. */
function ipv6Groups(address: string): number[] {
  const ipv4Tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address)
  let hex = address
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail.slice(1).map(Number)
    hex = `${address.slice(0, ipv4Tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = hex.split('::')
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const headGroups = parse(head)
  if (tail === undefined) return headGroups
  const tailGroups = parse(tail)
  return [...headGroups, ...Array<number>(8 - headGroups.length - tailGroups.length).fill(0), ...tailGroups]
}

/**
 * Who is asking (`clientKeyOfAddress`): the socket's address, unless `trustedProxyHops` proxies stand in front of the
 * server (TRUSTED_PROXY_HOPS). Each proxy appends the address it was reached from to
 * `X-Forwarded-For`, so the client is that many entries from the right; whatever stands further
 * left came from the client and may be made up. A header shorter than that (a request that did
 * not pass through every proxy) or an entry that is no address: the socket's address.
 */
export function clientAddressOf(request: { socketAddress: string | undefined; forwardedFor: string | undefined; trustedProxyHops: number }): string {
  const socket = clientKeyOfAddress(request.socketAddress ?? 'unknown')
  if (request.trustedProxyHops === 0 || !request.forwardedFor) return socket
  const entries = request.forwardedFor.split(',').map((entry) => entry.trim())
  if (entries.length < request.trustedProxyHops) return socket
  const client = entries[entries.length - request.trustedProxyHops]
  return isIP(client) ? clientKeyOfAddress(client) : socket
}
