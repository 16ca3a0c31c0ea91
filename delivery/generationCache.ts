import { ExpiringMap } from '@/lib/expiringMap'

// A safety net for scripts (seed, restore) that write to a running server's database.
export const GENERATION_TTL_MS = 60_000

export type StaleFallback<Value> = { waitMs: number; usable: (stale: Value, keptInGeneration: number) => Promise<boolean> }

const TIMED_OUT = Symbol('timed out')

/**
 * The proxy's copies, kept for one content generation so a publish reaches the next request.
 * Concurrent misses for one key share a single load; a failed load (null) is not kept.
 */
export class GenerationCache<Value> {
  private readonly entries: ExpiringMap<string, { value: Value; generation: number }>
  private readonly loading = new Map<string, Promise<Value | null>>()

  constructor(options: { maxEntries: number; ttlMs: number }) {
    this.entries = new ExpiringMap(options)
  }

  /** The value kept for `generation`, without loading or waiting: undefined when there is none. */
  current(key: string, generation: number | null, now: number): Value | undefined {
    const entry = this.entries.get(key, now)
    return entry && generation !== null && entry.generation === generation ? entry.value : undefined
  }

  async get(key: string, generation: number | null, now: number, load: () => Promise<Value | null>, fallback?: StaleFallback<Value>): Promise<Value | null> {
    const entry = this.entries.get(key, now)
    if (entry && entry.generation === generation) return entry.value
    // Until the change is saved, the content from before it is what readers may see.
    if (generation === null && entry && fallback && (await fallback.usable(entry.value, entry.generation))) return entry.value
    const pending = this.load(key, generation, now, load)
    if (!entry || !fallback) return pending

    let timer: NodeJS.Timeout | undefined
    const waited = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(resolve, fallback.waitMs, TIMED_OUT)))
    const fresh = await Promise.race([pending, waited]).finally(() => clearTimeout(timer))
    if (fresh !== TIMED_OUT && fresh !== null) return fresh
    if (await fallback.usable(entry.value, entry.generation)) return entry.value
    return fresh === TIMED_OUT ? pending : null
  }

  private load(key: string, generation: number | null, now: number, load: () => Promise<Value | null>): Promise<Value | null> {
    if (generation === null) return load()
    const loadKey = `${generation}:${key}`
    let pending = this.loading.get(loadKey)
    if (!pending) {
      pending = load()
        .then((value) => {
          // A load of an older generation finishing late must not replace a newer copy.
          const kept = this.entries.get(key, now)
          if (value !== null && (!kept || kept.generation <= generation)) this.entries.set(key, { value, generation }, now)
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
