import { processWide } from '@/lib/processWide.mjs'

import type { OwnServer } from './internalRoutes'

/**
 * Whether the database answers, so the proxy can serve its readable 503 instead of Next's 500.
 * Only a health route that says so is an outage: no answer (an overloaded server) keeps the last.
 */
const CHECK_EVERY_MS = 1_000
const HEALTH_TIMEOUT_MS = 1_500

type Known = { available: boolean; checkedAt: number; checking: Promise<boolean> | null }

function known(): Known {
  return processWide<Known>('databaseState', () => ({ available: true, checkedAt: Number.NEGATIVE_INFINITY, checking: null }))
}

export function isDatabaseAvailable(server: OwnServer, now = Date.now()): Promise<boolean> {
  const state = known()
  if (now - state.checkedAt < CHECK_EVERY_MS) return Promise.resolve(state.available)
  state.checking ??= askHealth(server, now).finally(() => (state.checking = null))
  return state.checking
}

// After a failed render (instrumentation.ts), the last answer is not trusted.
export function suspectDatabase(): void {
  known().checkedAt = Number.NEGATIVE_INFINITY
}

async function askHealth(server: OwnServer, now: number): Promise<boolean> {
  const state = known()
  try {
    const response = await fetch(`http://127.0.0.1:${server.PORT}/api/health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) })
    await response.arrayBuffer()
    if (response.status === 200 || response.status === 503) state.available = response.status === 200
  } catch {
  }
  state.checkedAt = now
  return state.available
}
