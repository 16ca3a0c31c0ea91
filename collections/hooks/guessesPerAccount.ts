import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { tooManyAttemptsMessage } from '@/delivery/plainPages'
import { countAccountGuess } from '@/delivery/rateLimits'
import { serverEnv } from '@/lib/platform/env'

/**
 * A client gets five guesses at one account per quarter hour, and the account is never locked:
 * a lock would let a stranger keep anyone out, and its message told who has an account (decision 013).
 */
export const guessesPerAccount: CollectionBeforeOperationHook = async ({ operation, args, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string') return args
  const decision = await countAccountGuess(email, req.headers, serverEnv()).catch((error: unknown) => {
    // As in server.ts: a limiter that cannot count must not take the sign-in down with it.
    console.error('The per-account guess limit failed; the login goes on:', error)
    return { allowed: true as const }
  })
  if (!decision.allowed) throw new APIError(tooManyAttemptsMessage(decision.retryAfterSeconds), 429, null, true)
  return args
}
