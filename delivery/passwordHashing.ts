import { availableParallelism } from 'node:os'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { concurrencyLimit, ShedError } from '@/lib/concurrencyLimit'
import type { ServerEnv } from '@/lib/platform/env'
import { processWide } from '@/lib/processWide.mjs'

import { layerHeaders } from './layerHeaders'
import { busyPage } from './plainPages'
import { limitedPost, RATE_LIMIT_RULES } from './rateLimits'

/**
 * A password hash (600,000 rounds) takes a core for a third of a second: a flood of logins on every
 * core leaves none for pages. Hashing requests take turns, one core's worth, and a flood beyond the
 * queue is told to come back (503) rather than wait behind it (decision 013).
 */
const HASHES_AT_ONCE = Math.max(1, availableParallelism() - 1)
const MAX_WAITING = 16
const MAX_WAIT_MS = 5_000

const HASHING_RULES = new Set([RATE_LIMIT_RULES.login, RATE_LIMIT_RULES.registration, RATE_LIMIT_RULES.passwordReset])

/** The one queue of this process: the layer's posts and GraphQL's auth mutations share it. */
export const passwordHashingTurn = () => processWide('passwordHashingTurn', () => concurrencyLimit(HASHES_AT_ONCE, { maxWaiting: MAX_WAITING, maxWaitMs: MAX_WAIT_MS }))

/** Whether a request may hash a password: a login, a registration or a password reset, by any way in. */
export function hashesPassword(request: IncomingMessage): boolean {
  const limited = limitedPost(request.method, request.url ?? '/')
  return limited !== null && HASHING_RULES.has(limited.rule)
}

/**
 * Run by server.ts: `handle` once a hashing turn is free, holding it until the response is sent;
 * when the queue is full, a 503 that says when to come back, and the body is not read.
 */
export async function inHashingTurn(request: IncomingMessage, response: ServerResponse, env: ServerEnv, handle: () => unknown): Promise<void> {
  try {
    await passwordHashingTurn()(
      () =>
        new Promise<void>((resolve) => {
          response.once('close', resolve)
          void handle()
        }),
    )
  } catch (error) {
    if (!(error instanceof ShedError) || response.headersSent) throw error
    request.resume()
    const { html, init } = busyPage(error.retryAfterSeconds)
    const json = (request.url ?? '').startsWith('/api/')
    const body = json ? JSON.stringify({ errors: [{ message: BUSY_MESSAGE }] }) : html
    const type = json ? { 'content-type': 'application/json' } : {}
    response.writeHead(503, { ...(init.headers as Record<string, string>), ...type, ...layerHeaders(env) }).end(body)
  }
}

export const BUSY_MESSAGE = 'Too many sign-ins at this moment; please try again in a few seconds.'
