// Bounded, so what the proxy remembers between requests cannot exhaust the memory.
export class ExpiringMap<Key, Value> {
  private readonly entries = new Map<Key, { value: Value; expires: number }>()

  constructor(private readonly options: { maxEntries: number; ttlMs: number }) {}

  get(key: Key, now: number): Value | undefined {
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    this.entries.delete(key)
    if (entry.expires <= now) return undefined
    // Map order is the recency order.
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: Key, value: Value, now: number): void {
    this.entries.delete(key)
    this.entries.set(key, { value, expires: now + this.options.ttlMs })
    while (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as Key)
    }
  }

  delete(key: Key): void {
    this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }
}
