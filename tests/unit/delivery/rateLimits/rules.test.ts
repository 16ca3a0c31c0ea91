import { describe, expect, it } from 'vitest'

import { parseServerEnv } from '@/lib/platform/env'
import { accountGuessKey, clientKeyOfAddress, clientAddressOf, rateLimitDecision } from '@/delivery/rateLimits/rules'
import { memoryStore } from '@/delivery/rateLimits/stores'

const rule = { name: 'login', limit: 10, windowMs: 60_000 }

describe('the rate limit decision', () => {
  it('lets the first `limit` requests of a window through and tells the rest when the window ends', () => {
    expect(rateLimitDecision({ hits: 10, remainingMs: 30_000 }, rule, 1)).toEqual({ allowed: true })
    expect(rateLimitDecision({ hits: 11, remainingMs: 30_000 }, rule, 1)).toEqual({ allowed: false, retryAfterSeconds: 30 })
    // Rounded up, and never 0: a client told to retry at once would only be refused again.
    expect(rateLimitDecision({ hits: 11, remainingMs: 1_200 }, rule, 1)).toEqual({ allowed: false, retryAfterSeconds: 2 })
    expect(rateLimitDecision({ hits: 11, remainingMs: 0 }, rule, 1)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('multiplies the limit by the scale, down to one request at least', () => {
    expect(rateLimitDecision({ hits: 1000, remainingMs: 1 }, rule, 100)).toEqual({ allowed: true })
    expect(rateLimitDecision({ hits: 6, remainingMs: 1_000 }, rule, 0.5)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(rateLimitDecision({ hits: 1, remainingMs: 1_000 }, rule, 0.001)).toEqual({ allowed: true })
    expect(rateLimitDecision({ hits: 2, remainingMs: 1_000 }, rule, 0.001).allowed).toBe(false)
  })
})

describe('the client address', () => {
  it('is the socket’s, and X-Forwarded-For is ignored without a trusted proxy', () => {
    expect(clientAddressOf({ socketAddress: '203.0.113.7', forwardedFor: '198.51.100.1', trustedProxyHops: 0 })).toBe('203.0.113.7')
  })

  it('is as many entries from the right of X-Forwarded-For as there are proxies: what a client wrote further left does not matter', () => {
    const behindOne = (forwardedFor: string) => clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor, trustedProxyHops: 1 })
    expect(behindOne('203.0.113.7')).toBe('203.0.113.7')
    expect(behindOne('1.1.1.1, 2.2.2.2, 203.0.113.7')).toBe('203.0.113.7')
    expect(behindOne('9.9.9.9,203.0.113.7')).toBe('203.0.113.7')
    const behindTwo = (forwardedFor: string) => clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor, trustedProxyHops: 2 })
    expect(behindTwo('6.6.6.6, 203.0.113.7, 10.0.0.1')).toBe('203.0.113.7')
  })

  it('is the socket’s when the header is missing, shorter than the proxies, or no address', () => {
    const socketAddress = '10.0.0.2'
    expect(clientAddressOf({ socketAddress, forwardedFor: undefined, trustedProxyHops: 1 })).toBe(socketAddress)
    expect(clientAddressOf({ socketAddress, forwardedFor: '203.0.113.7', trustedProxyHops: 2 })).toBe(socketAddress)
    expect(clientAddressOf({ socketAddress, forwardedFor: '1.2.3.4, not-an-address', trustedProxyHops: 1 })).toBe(socketAddress)
  })

  it('counts IPv4 on a dual-stack socket as IPv4, however the mapped address is spelled', () => {
    expect(clientKeyOfAddress('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(clientKeyOfAddress('::FFFF:c000:0201')).toBe('192.0.2.1')
    expect(clientKeyOfAddress('0:0:0:0:0:ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(clientKeyOfAddress(' 203.0.113.7 ')).toBe('203.0.113.7')
    expect(clientAddressOf({ socketAddress: '::ffff:127.0.0.1', forwardedFor: undefined, trustedProxyHops: 0 })).toBe('127.0.0.1')
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: '::FFFF:203.0.113.7', trustedProxyHops: 1 })).toBe('203.0.113.7')
  })

  it('counts an IPv6 host by its /64, which it can pick any address from', () => {
    const prefix = '2001:db8:0:7::/64'
    for (const address of ['2001:db8:0:7::1', '2001:DB8:0000:0007:ffff:ffff:ffff:ffff', ' 2001:db8::7:0:0:0:1 ', '2001:db8:0:7:1::', '2001:db8:0:7::1.2.3.4']) {
      expect(clientKeyOfAddress(address)).toBe(prefix)
    }
    // The next /64 over is another client; so is an address whose groups only look alike once `::` is read wrong.
    expect(clientKeyOfAddress('2001:db8:0:8::1')).toBe('2001:db8:0:8::/64')
    expect(clientKeyOfAddress('2001:db8::7')).toBe('2001:db8:0:0::/64')
    expect(clientKeyOfAddress('::1')).toBe('0:0:0:0::/64')
    expect(clientKeyOfAddress('::')).toBe('0:0:0:0::/64')
    // IPv4-compatible and NAT64 addresses are IPv6 addresses like any other.
    expect(clientKeyOfAddress('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64')
    // A zone names the server's interface, not the client.
    expect(clientKeyOfAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(clientKeyOfAddress('fe80::abcd%25en0')).toBe('fe80:0:0:0::/64')
    expect(clientAddressOf({ socketAddress: '2001:db8:0:7::beef', forwardedFor: undefined, trustedProxyHops: 0 })).toBe(prefix)
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: '198.51.100.1, 2001:db8:0:7:a:b:c:d', trustedProxyHops: 1 })).toBe(prefix)
  })

  it('leaves what is no address as it is', () => {
    expect(clientKeyOfAddress('unknown')).toBe('unknown')
    expect(clientAddressOf({ socketAddress: undefined, forwardedFor: undefined, trustedProxyHops: 0 })).toBe('unknown')
  })
})

describe('the in-memory counters', () => {
  it('count per rule and client, in a window opened by the first request', async () => {
    const store = memoryStore()
    expect(await store.hit(rule, 'a', 0)).toEqual({ hits: 1, remainingMs: 60_000 })
    expect(await store.hit(rule, 'a', 20_000)).toEqual({ hits: 2, remainingMs: 40_000 })
    expect(await store.hit(rule, 'b', 20_000)).toEqual({ hits: 1, remainingMs: 60_000 })
    expect(await store.hit({ ...rule, name: 'registration' }, 'a', 20_000)).toEqual({ hits: 1, remainingMs: 60_000 })
    // The window is over: a new one opens.
    expect(await store.hit(rule, 'a', 60_000)).toEqual({ hits: 1, remainingMs: 60_000 })
  })

  it('count several requests at once (aliased GraphQL logins), in the same window', async () => {
    const store = memoryStore()
    expect(await store.hit(rule, 'a', 0, 3)).toEqual({ hits: 3, remainingMs: 60_000 })
    expect(await store.hit(rule, 'a', 10_000)).toEqual({ hits: 4, remainingMs: 50_000 })
    expect(await store.hit(rule, 'a', 20_000, 8)).toEqual({ hits: 12, remainingMs: 40_000 })
  })
})

describe('the rate limit settings', () => {
  it('default to no trusted proxy and the limits as they are', () => {
    const env = parseServerEnv({})
    expect(env.TRUSTED_PROXY_HOPS).toBe(0)
    expect(env.RATE_LIMIT_SCALE).toBe(1)
    expect(parseServerEnv({ TRUSTED_PROXY_HOPS: '2', RATE_LIMIT_SCALE: '0.5' })).toMatchObject({ TRUSTED_PROXY_HOPS: 2, RATE_LIMIT_SCALE: 0.5 })
  })

  it('refuse what they cannot mean, naming the variable', () => {
    expect(() => parseServerEnv({ TRUSTED_PROXY_HOPS: 'yes' })).toThrowError(/TRUSTED_PROXY_HOPS must be a whole number from 0 to 5/)
    expect(() => parseServerEnv({ TRUSTED_PROXY_HOPS: '6' })).toThrowError(/TRUSTED_PROXY_HOPS must be a whole number from 0 to 5/)
    expect(() => parseServerEnv({ RATE_LIMIT_SCALE: '-1' })).toThrowError(/RATE_LIMIT_SCALE must be a positive number/)
    expect(() => parseServerEnv({ RATE_LIMIT_SCALE: '0' })).toThrowError(/RATE_LIMIT_SCALE must be more than 0/)
  })
})

describe('the counter of one client’s guesses at one address', () => {
  const SECRET = 'a-test-secret'

  it('is one per client and address, whatever the address’s case or spaces', () => {
    expect(accountGuessKey('192.0.2.1', ' Ana@Example.com ', SECRET)).toBe(accountGuessKey('192.0.2.1', 'ana@example.com', SECRET))
    expect(accountGuessKey('192.0.2.1', 'ana@example.com', SECRET)).not.toBe(accountGuessKey('192.0.2.2', 'ana@example.com', SECRET))
    expect(accountGuessKey('192.0.2.1', 'ana@example.com', SECRET)).not.toBe(accountGuessKey('192.0.2.1', 'bo@example.com', SECRET))
  })

  it('never writes the address out, so the counters do not list who tried to sign in', () => {
    const key = accountGuessKey('192.0.2.1', 'ana@example.com', SECRET)
    expect(key).not.toMatch(/ana|example/i)
    expect(key).toMatch(/^192\.0\.2\.1 [\w-]{22}$/)
    expect(accountGuessKey('192.0.2.1', 'ana@example.com', 'another-secret')).not.toBe(key)
  })
})
