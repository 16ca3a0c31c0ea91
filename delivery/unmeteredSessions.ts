/**
 * Sessions known to read everything (subscribers, staff), remembered for a short
 * while so their story pages skip the session check: measured, that check is what
 * makes a signed-in reader's page ~10× slower than an anonymous one.
 * The price: a subscription that ends, or a session that is revoked, keeps full
 * access in this process for up to `ttlMs`. Free accounts are never remembered:
 * their meter must be read on every story.
 */
export class UnmeteredSessions {
  private readonly until = new Map<string, number>()

  constructor(private readonly options: { maxEntries: number; ttlMs: number }) {}

  has(token: string, now: number): boolean {
    const expires = this.until.get(token)
    if (expires === undefined) return false
    if (expires > now) return true
    this.until.delete(token)
    return false
  }

  remember(token: string, now: number): void {
    this.until.delete(token)
    this.until.set(token, now + this.options.ttlMs)
    while (this.until.size > this.options.maxEntries) {
      this.until.delete(this.until.keys().next().value as string)
    }
  }
}
