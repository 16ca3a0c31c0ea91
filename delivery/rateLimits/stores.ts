import { ExpiringMap } from '@/lib/expiringMap'
import { redisConnection } from '@/lib/platform/redisConnection'

import type { RateLimitRule, WindowCount } from './rules'

/**
 * Counts `hits` more requests (one unless told: a GraphQL document can log in many times) of
 * `client` under `rule`, in the window its first request opened.
 */
export type RateLimitStore = { hit: (rule: RateLimitRule, client: string, now: number, hits?: number) => Promise<WindowCount> }

/** Counters per rule kept by this process; beyond this many clients the least recent is forgotten. */
const MAX_CLIENTS_PER_RULE = 50_000

/**
 * This process's counters. Bounded: a client behind very many addresses can push others' counts
 * out (they start again at zero), never exhaust the memory.
 */
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

// One round trip, atomic: the count, the window opened by the first request (or by a key that
// somehow lost its expiry), and what is left of it.
const HIT = `local hits = redis.call('incrby', KEYS[1], ARGV[2])
if hits == tonumber(ARGV[2]) or redis.call('pttl', KEYS[1]) < 0 then redis.call('pexpire', KEYS[1], ARGV[1]) end
return {hits, redis.call('pttl', KEYS[1])}`

/**
 * Counters every instance sharing REDIS_URL sees, so a client cannot multiply its allowance by the
 * number of instances. While Redis cannot be reached the counts fall back to this process's memory
 * (`fallback`): each instance then limits on its own, rather than letting everyone through or
 * making readers wait on Redis.
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
