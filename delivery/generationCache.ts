/**
 * A small in-memory cache for the proxy: entries belong to one content generation
 * (lib/contentGeneration.ts) and are dropped when it moves; concurrent misses for
 * one key share a single load; the least recently used entry goes first when full.
 */
export class GenerationCache<Value> {
  private readonly entries = new Map<string, { value: Value; generation: number; expires: number }>()
  private readonly loading = new Map<string, Promise<Value | null>>()

  constructor(private readonly options: { maxEntries: number; ttlMs: number }) {}

  async get(key: string, generation: number, now: number, load: () => Promise<Value | null>): Promise<Value | null> {
    const entry = this.entries.get(key)
    if (entry && entry.generation === generation && entry.expires > now) {
      // Re-insert: Map order is the recency order.
      this.entries.delete(key)
      this.entries.set(key, entry)
      return entry.value
    }
    this.entries.delete(key)

    const loadKey = `${generation}:${key}`
    let pending = this.loading.get(loadKey)
    if (!pending) {
      pending = load()
        .then((value) => {
          if (value !== null) this.store(key, { value, generation, expires: now + this.options.ttlMs })
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

  private store(key: string, entry: { value: Value; generation: number; expires: number }): void {
    this.entries.set(key, entry)
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string
      this.entries.delete(oldest)
    }
  }
}
