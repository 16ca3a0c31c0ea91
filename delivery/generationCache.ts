import { ExpiringMap } from '@/lib/expiringMap'

/** A safety net for anything that changes without moving the generation (e.g. Next revalidating on its own). */
export const GENERATION_TTL_MS = 60_000

/**
 * What the proxy fetches from its own server, kept for one content generation
 * (delivery/contentGeneration.ts): entries of an older generation are misses, so a
 * publish reaches the next request; concurrent misses for one key share a single
 * load; a failed load (null) is not kept.
 */
export class GenerationCache<Value> {
  private readonly entries: ExpiringMap<string, { value: Value; generation: number }>
  private readonly loading = new Map<string, Promise<Value | null>>()

  constructor(options: { maxEntries: number; ttlMs: number }) {
    this.entries = new ExpiringMap(options)
  }

  async get(key: string, generation: number, now: number, load: () => Promise<Value | null>): Promise<Value | null> {
    const entry = this.entries.get(key, now)
    if (entry?.generation === generation) return entry.value

    const loadKey = `${generation}:${key}`
    let pending = this.loading.get(loadKey)
    if (!pending) {
      pending = load()
        .then((value) => {
          if (value !== null) this.entries.set(key, { value, generation }, now)
          return value
        })
        .finally(() => this.loading.delete(loadKey))
      this.loading.set(loadKey, pending)
    }
    return pending
  }

  get size(): number {
    return this.entries.size
  }
}
