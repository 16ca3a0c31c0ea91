import { AsyncLocalStorage } from 'node:async_hooks'
import type { ServerResponse } from 'node:http'

import { processWide } from '@/lib/processWide.mjs'

// Whether code runs while server.ts answers a request decides how a purge reaches Next's cache.
type Scope = { answering: boolean }

const requests = processWide('requestScope', () => new AsyncLocalStorage<Scope>())

// Timers started while answering inherit the scope; once the response closes, they run off it.
export function whileAnswering<T>(response: ServerResponse, answer: () => T): T {
  const scope: Scope = { answering: true }
  response.once('close', () => (scope.answering = false))
  return requests.run(scope, answer)
}

export const isAnsweringRequest = (): boolean => requests.getStore()?.answering === true
