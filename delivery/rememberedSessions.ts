import { ExpiringMap } from '@/lib/expiringMap'
import { processWide } from '@/lib/processWide.mjs'
import type { MeterState } from '@/paywall/meter'

/**
 * What the delivery layer remembers of a signed-in visitor's session between their requests,
 * so a story page asks the server only when the answer could change: a subscriber or staff
 * member reads everything; a free account's meter decides a re-read or a gated read by itself,
 * and only a read that would count goes to the server (which counts it, one at a time).
 *
 * Measured, asking the server on every request made a signed-in reader's page 6–10× slower
 * than an anonymous one (docs/performance.md).
 *
 * A remembered session is dropped as soon as its account changes (a subscription starts or
 * ends, a read is counted elsewhere, a logout, a deletion: `forgetSessionsOf`, called by the
 * readers' and staff's hooks, and by every instance when a cluster shares one), and after the
 * time to live at the latest (a session that expires by itself).
 *
 * Process-wide (lib/processWide.mjs): the layer in front of Next and the app's hooks share it.
 */
export const SESSION_MEMORY_MS = 30_000

/** Staff and readers are kept in two collections whose ids may coincide: an account is both. */
export const accountKey = (collection: string, id: string | number): string => `${collection}:${id}`

export type RememberedSession =
  | { accountId: string; readsEverything: true }
  | { accountId: string; readsEverything: false; meter: MeterState | null }

type Memory = {
  /** False while the instances cannot tell each other of changes (Redis unreachable): every session is asked about. */
  trusted: boolean
  sessions: ExpiringMap<string, { session: RememberedSession; rememberedAt: number }>
  forgottenAt: ExpiringMap<string, number>
  listeners: Set<(accountId: string) => void>
}

function memory(): Memory {
  return processWide('rememberedSessions', () => ({
    trusted: true,
    sessions: new ExpiringMap({ maxEntries: 20_000, ttlMs: SESSION_MEMORY_MS }),
    // Kept as long as a session can be: an entry remembered before it is stale for that long at most.
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

/** `askedAt`: when the server was asked; a change of the account since then makes the answer old. */
export function rememberSession(token: string, session: RememberedSession, askedAt: number, now = Date.now()): void {
  const forgotten = memory().forgottenAt.get(session.accountId, now)
  if (forgotten !== undefined && askedAt <= forgotten) return
  memory().sessions.set(token, { session, rememberedAt: askedAt }, now)
}

/**
 * The account changed: what any instance remembers of its sessions is old. `fromElsewhere`:
 * the news came from another instance (it is not passed on again).
 */
export function forgetSessionsOf(accountId: string, { now = Date.now(), fromElsewhere = false } = {}): void {
  memory().forgottenAt.set(accountId, now, now)
  if (fromElsewhere) return
  for (const listener of memory().listeners) listener(accountId)
}

/** Someone else to tell when an account changes here (the other instances of a cluster). */
export function onSessionsForgotten(listener: (accountId: string) => void): () => void {
  memory().listeners.add(listener)
  return () => memory().listeners.delete(listener)
}

/**
 * Whether what is remembered may be used: not while another instance's change could go unheard.
 * Trusted again, the memory starts empty, since changes were missed meanwhile.
 */
export function trustRememberedSessions(trusted: boolean): void {
  const current = memory()
  if (trusted && !current.trusted) current.sessions = new ExpiringMap({ maxEntries: 20_000, ttlMs: SESSION_MEMORY_MS })
  current.trusted = trusted
}
