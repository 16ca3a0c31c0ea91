import { ExpiringMap } from '@/lib/expiringMap'
import { processWide } from '@/lib/processWide.mjs'
import type { MeterState } from '@/paywall/meter'

/**
 * Signed-in sessions remembered between requests, so a story page asks the server only when
 * the answer could change: asking every time made a signed-in page 6–10× slower (docs/performance.md).
 * A session is dropped as soon as its account changes anywhere in the cluster (`forgetSessionsOf`),
 * and after SESSION_MEMORY_MS at the latest.
 */
export const SESSION_MEMORY_MS = 30_000

// Staff and readers are two collections whose ids may coincide.
export const accountKey = (collection: string, id: string | number): string => `${collection}:${id}`

export type RememberedSession =
  | { accountId: string; readsEverything: true }
  | { accountId: string; readsEverything: false; meter: MeterState | null }

type Memory = {
  // False while changes elsewhere could go unheard (Redis away).
  trusted: boolean
  sessions: ExpiringMap<string, { session: RememberedSession; rememberedAt: number }>
  forgottenAt: ExpiringMap<string, number>
  listeners: Set<(accountId: string) => void>
}

function memory(): Memory {
  return processWide('rememberedSessions', () => ({
    trusted: true,
    sessions: new ExpiringMap({ maxEntries: 20_000, ttlMs: SESSION_MEMORY_MS }),
    // As long as a session is kept: a session remembered before the change is stale that long at most.
    forgottenAt: new ExpiringMap({ maxEntries: 20_000, ttlMs: SESSION_MEMORY_MS }),
    listeners: new Set<(accountId: string) => void>(),
  }))
}

export function rememberedSession(token: string, now = Date.now()): RememberedSession | null {
  const { sessions, forgottenAt, trusted } = memory()
  if (!trusted) return null
  const entry = sessions.get(token, now)
  if (!entry) return null
  const forgotten = forgottenAt.get(entry.session.accountId, now)
  // `<=`: a change in the same millisecond as the answer may have come after it.
  if (forgotten !== undefined && entry.rememberedAt <= forgotten) {
    sessions.delete(token)
    return null
  }
  return entry.session
}

// `askedAt`: a change of the account since then makes the answer old.
export function rememberSession(token: string, session: RememberedSession, askedAt: number, now = Date.now()): void {
  const forgotten = memory().forgottenAt.get(session.accountId, now)
  if (forgotten !== undefined && askedAt <= forgotten) return
  memory().sessions.set(token, { session, rememberedAt: askedAt }, now)
}

// `fromElsewhere`: the news came from another instance and is not passed on again.
export function forgetSessionsOf(accountId: string, { now = Date.now(), fromElsewhere = false } = {}): void {
  memory().forgottenAt.set(accountId, now, now)
  if (fromElsewhere) return
  for (const listener of memory().listeners) listener(accountId)
}

export function onSessionsForgotten(listener: (accountId: string) => void): () => void {
  memory().listeners.add(listener)
  return () => memory().listeners.delete(listener)
}

// Trusted again, the memory starts empty: changes were missed meanwhile.
export function trustRememberedSessions(trusted: boolean): void {
  const current = memory()
  if (trusted && !current.trusted) current.sessions = new ExpiringMap({ maxEntries: 20_000, ttlMs: SESSION_MEMORY_MS })
  current.trusted = trusted
}
