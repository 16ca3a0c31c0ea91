import { AsyncLocalStorage } from 'node:async_hooks'

import { APIError } from 'payload'
import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, SanitizedConfig } from 'payload'

import { processWide } from '@/lib/processWide.mjs'

// A request answered already (its time budget spent) must stop its work, not only its answer.
type Scope = { abandoned: boolean; finished: boolean }

const scopes = processWide('abandonableWork', () => new AsyncLocalStorage<Scope>())

export const ABANDONED_MESSAGE = 'This query was abandoned: it ran past its time budget.'

export type AbandonableWork<T> = { result: Promise<T>; abandon: () => void }

/** Runs `work` so that, once abandoned, each Payload operation it would still start is refused. */
export function abandonable<T>(work: () => Promise<T>): AbandonableWork<T> {
  const scope: Scope = { abandoned: false, finished: false }
  const result = scopes.run(scope, work).finally(() => (scope.finished = true))
  return { result, abandon: () => (scope.abandoned = true) }
}

// Timers the work started inherit its scope: once it has finished they are no longer its to stop.
export function isAbandoned(): boolean {
  const scope = scopes.getStore()
  return scope !== undefined && scope.abandoned && !scope.finished
}

/**
 * Every operation, and so every relation Payload populates (each is a find), asks first. The query
 * running when the budget ran out completes; nothing after it starts.
 */
export function stopAbandonedWork(config: SanitizedConfig): SanitizedConfig {
  const refuse = () => {
    if (isAbandoned()) throw new APIError(ABANDONED_MESSAGE, 408, null, true)
  }
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuse satisfies CollectionBeforeOperationHook, ...(collection.hooks.beforeOperation ?? [])]
  }
  for (const global of config.globals) {
    global.hooks.beforeOperation = [refuse satisfies GlobalBeforeOperationHook, ...(global.hooks.beforeOperation ?? [])]
  }
  return config
}
