import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'

import { processWide } from '../lib/processWide.mjs'

/** Next's own store, the one it uses when no handler is set (a CommonJS module of Next's). */
const { default: FileSystemCache } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/file-system-cache.js')

/**
 * Next's page cache (ISR pages, route handlers, fetches; revalidatePath/revalidateTag), set as
 * `cacheHandler` in next.config.mjs (Next bundles it into the server). Which store it uses is
 * decided when the server starts, from its environment:
 *
 * - without REDIS_URL (and always during `next build`): Next's own store, exactly as without a
 *   handler — memory, and the files the build prerendered;
 * - with REDIS_URL: @trieb.work/nextjs-turbo-redis-cache, so every instance serves the same copies
 *   and a purge on one (delivery/purge.ts) drops them on all (docs/decisions/010-…).
 *
 * Redis may go away while the server runs. A reader's page must not wait for it: a lookup that
 * has not answered within GET_TIMEOUT_MS is a miss (the page renders), a write that fails is
 * dropped, and a purge that fails is kept and sent again once Redis answers, so a copy stored
 * before the outage cannot outlive a change made during it.
 */

/** The library's own limit for a lookup is this too; ours also covers its wait for a connection. */
const GET_TIMEOUT_MS = 500
/** A write or a purge gives up after this long; a purge is then kept for later. */
const WRITE_TIMEOUT_MS = 2_000
/** How often a purge that failed is tried again. */
const RETRY_PURGES_MS = 1_000

const BUILD_PHASE = 'phase-production-build'

/** Resolves to `fallback` once `ms` have passed, or when `work` fails. */
function within(work, ms, fallback) {
  let timer
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))
  return Promise.race([Promise.resolve(work).catch(() => fallback), late]).finally(() => clearTimeout(timer))
}

/** The build this server runs (Next bundles this module too, so no path relative to it holds). */
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
    /** Tags a purge could not reach Redis with, sent again until it can. */
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

  /** One send at a time: a purge asked for during a send goes out after it, with what is still unsent. */
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
