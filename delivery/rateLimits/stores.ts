import { ExpiringMap } from '@/lib/expiringMap'
import { redisConnection } from '@/lib/platform/redisConnection'

import type { RateLimitRule, WindowCount } from './rules'

// `hits`: a GraphQL document can log in many times.
export type RateLimitStore = { hit: (rule: RateLimitRule, client: string, now: number, hits?: number) => Promise<WindowCount> }

const MAX_CLIENTS_PER_RULE = 50_000

// Bounded: a client behind many addresses can push others' counts out, never exhaust the memory.
export function memoryStore(): RateLimitStore {
  const windows = new Map<string, ExpiringMap<string, { hits: number; endsAt: number }>>()
  return {
    hit: async (rule, client, now, hits = 1) => {
      let counters = windows.get(rule.name)
      if (!counters) windows.set(rule.name, (counters = new ExpiringMap({ maxEntries: MAX_CLIENTS_PER_RULE, ttlMs: rule.windowMs })))
      const window = counters.get(client, now)
      if (window) {
        window.hits += hits
        return { hits: window.hits, remainingMs: window.endsAt - now }
      }
      counters.set(client, { hits, endsAt: now + rule.windowMs }, now)
      return { hits, remainingMs: rule.windowMs }
    },
  }
}

// One atomic round trip; it also reopens a window whose key somehow lost its expiry.
const HIT = `local hits = redis.call('incrby', KEYS[1], ARGV[2])
if hits == tonumber(ARGV[2]) or redis.call('pttl', KEYS[1]) < 0 then redis.call('pexpire', KEYS[1], ARGV[1]) end
return {hits, redis.call('pttl', KEYS[1])}`

/**
 * Shared, so a client cannot multiply its allowance by the number of instances. While Redis is
 * away each instance limits on its own, rather than letting everyone through or making readers wait.
 */
export function redisStore(redisUrl: string, fallback: RateLimitStore): RateLimitStore {
  const redis = redisConnection(redisUrl)
  return {
    hit: async (rule, client, now, hits = 1) => {
      if (!redis.isReady()) return fallback.hit(rule, client, now, hits)
      try {
        const [count, remainingMs] = (await redis.commands.eval(HIT, {
          keys: [`newsroom:rate-limit:${rule.name}:${client}`],
          arguments: [String(rule.windowMs), String(hits)],
        })) as [number, number]
        return { hits: count, remainingMs: Math.max(0, remainingMs) }
      } catch {
        return fallback.hit(rule, client, now, hits)
      }
    },
  }
}
