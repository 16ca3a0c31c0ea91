/**
 * A bounded in-memory map whose entries expire: what the proxy remembers between
 * requests (cached pages, story facts, sessions that read everything). Reading an
 * entry makes it the most recently used; when full, the least recently used goes.
 */
export class ExpiringMap<Key, Value> {
  private readonly entries = new Map<Key, { value: Value; expires: number }>()

  constructor(private readonly options: { maxEntries: number; ttlMs: number }) {}

  /** The value, or undefined once it has expired (it is then forgotten). */
  get(key: Key, now: number): Value | undefined {
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    this.entries.delete(key)
    if (entry.expires <= now) return undefined
    // Re-inserted: Map order is the recency order.
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
