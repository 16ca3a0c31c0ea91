import { createHmac } from 'node:crypto'
import { isIP } from 'node:net'

export type RateLimitRule = {
  // Requests to every path of one rule share one count.
  name: string
  limit: number
  windowMs: number
}

export type WindowCount = { hits: number; remainingMs: number }

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * A fixed window from the client's first request: one counter, and enough to stop guessing,
 * though a client can double its rate across two windows back to back.
 */
export function rateLimitDecision(count: WindowCount, rule: RateLimitRule, scale: number): RateLimitDecision {
  if (count.hits <= Math.max(1, Math.floor(rule.limit * scale))) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(count.remainingMs / 1000)) }
}

/**
 * IPv6 clients count by /64: one host is usually handed a whole /64 and can change address
 * per request. An IPv4-mapped address (`::ffff:192.0.2.1`) counts as IPv4.
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
 * Entries left of the trusted proxies in `X-Forwarded-For` came from the client and may be made up.
 * A header shorter than `trustedProxyHops`, or an entry that is no address: the socket's address.
 */
export function clientAddressOf(request: { socketAddress: string | undefined; forwardedFor: string | undefined; trustedProxyHops: number }): string {
  const socket = clientKeyOfAddress(request.socketAddress ?? 'unknown')
  if (request.trustedProxyHops === 0 || !request.forwardedFor) return socket
  const entries = request.forwardedFor.split(',').map((entry) => entry.trim())
  if (entries.length < request.trustedProxyHops) return socket
  const client = entries[entries.length - request.trustedProxyHops]
  return isIP(client) ? clientKeyOfAddress(client) : socket
}

/**
 * The counter of one client's guesses at one address. The address is keyed by an HMAC, not written
 * out: the counters (in Redis too) must not list who tried to sign in from where.
 */
export function accountGuessKey(client: string, email: string, secret: string): string {
  const address = createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('base64url').slice(0, 22)
  return `${client} ${address}`
}
