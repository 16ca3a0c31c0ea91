import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'

import { processWide } from '../lib/processWide.mjs'

// A CommonJS module of Next's: the store it uses when no handler is set.
const { default: FileSystemCache } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/file-system-cache.js')

/**
 * Next's page cache in Redis when REDIS_URL is set, so a purge on one instance reaches all.
 * Without it, and always in `next build`, it is Next's own store (docs/decisions/010-…).
 * A page never waits for Redis: a slow lookup is a miss and a failed write is dropped.
 * A failed purge is retried until Redis answers, so no copy outlives a change made meanwhile.
 */

// Ours also covers the wait for a connection, which the library's own limit does not.
const GET_TIMEOUT_MS = 500
const WRITE_TIMEOUT_MS = 2_000
const RETRY_PURGES_MS = 1_000

const BUILD_PHASE = 'phase-production-build'

function within(work, ms, fallback) {
  let timer
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))
  return Promise.race([Promise.resolve(work).catch(() => fallback), late]).finally(() => clearTimeout(timer))
}

// Next bundles this module too, so no path relative to it holds.
const buildId = (serverDistDir) =>
  fs.readFileSync(path.join(/* turbopackIgnore: true */ serverDistDir ?? path.join(process.cwd(), '.next', 'server'), '..', 'BUILD_ID'), 'utf8').trim()

class SharedRedisCache {
  constructor(ctx) {
    this.redis = new RedisStringsHandler({
      redisUrl: process.env.REDIS_URL,
      database: 0,
      // Copies of one build only: another build's pages may not match this one's scripts.
      keyPrefix: `newsroom:next:${buildId(ctx.serverDistDir)}:`,
      getTimeoutMs: GET_TIMEOUT_MS,
    })
    this.unsentPurges = new Set()
    setInterval(() => void this.sendUnsentPurges(), RETRY_PURGES_MS).unref()
  }

  get(key, ctx) {
    return within(this.redis.get(key, ctx), GET_TIMEOUT_MS, null)
  }

  async set(key, data, ctx) {
    await within(this.redis.set(key, data, ctx), WRITE_TIMEOUT_MS, undefined)
  }

  async revalidateTag(tags, durations) {
    for (const tag of [tags].flat()) this.unsentPurges.add(tag)
    await this.sendUnsentPurges(durations)
  }

  // One send at a time: a purge asked for during a send goes out after it.
  sendUnsentPurges(durations) {
    this.sending = (this.sending ?? Promise.resolve()).then(async () => {
      if (this.unsentPurges.size === 0) return
      const tags = [...this.unsentPurges]
      this.unsentPurges.clear()
      const sent = await within(
        this.redis.revalidateTag(tags, durations).then(() => true),
        WRITE_TIMEOUT_MS,
        false,
      )
      if (!sent) for (const tag of tags) this.unsentPurges.add(tag)
    })
    return this.sending
  }

  resetRequestCache() {}
}

export default class NewsroomCacheHandler {
  constructor(ctx) {
    if (!process.env.REDIS_URL || process.env.NEXT_PHASE === BUILD_PHASE) {
      this.store = new FileSystemCache(ctx)
    } else {
      // One connection per process: Next makes a handler per request, in more than one chunk.
      this.store = processWide('sharedRedisCache', () => new SharedRedisCache(ctx))
    }
  }

  get(...args) {
    return this.store.get(...args)
  }

  set(...args) {
    return this.store.set(...args)
  }

  revalidateTag(...args) {
    return this.store.revalidateTag(...args)
  }

  resetRequestCache() {
    this.store.resetRequestCache()
  }
}
