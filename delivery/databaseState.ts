import { processWide } from '@/lib/processWide.mjs'

import type { OwnServer } from './internalRoutes'

/**
 * Whether the database answers, as /api/health last said: asked again at most once a second
 * while requests come, and at once after a page failed to render (instrumentation.ts). The
 * proxy answers reader pages with its readable 503 page while it does not, instead of Next's
 * error page with a 500. No answer from the health route (an overloaded server) keeps what
 * was known: only a health route that says so is an outage.
 *
 * Process-wide (lib/processWide.mjs): the proxy and the app, bundled apart, share it.
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

/** A page failed on the server: the next request asks /api/health again rather than trusting the last answer. */
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
    // No answer: what was known stands.
  }
  state.checkedAt = now
  return state.available
}
