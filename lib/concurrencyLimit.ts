/** Thrown to a task that was shed: too many waited already, or it waited too long. */
export class ShedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too busy to take this now')
  }
}

export type ConcurrencyLimitOptions = {
  /** Beyond this many waiting, a new task is shed at once. */
  maxWaiting?: number
  /** A task that waited this long is shed instead of run. */
  maxWaitMs?: number
}

/**
 * Work that competes for the same few cores runs `max` at a time, first come first served.
 *
 * With `maxWaiting` or `maxWaitMs`, the queue is bounded: a task beyond it rejects with ShedError,
 * so a flood is answered "busy" quickly instead of growing a queue nobody reaches the end of.
 */
export function concurrencyLimit(max: number, options: ConcurrencyLimitOptions = {}): <T>(task: () => Promise<T>) => Promise<T> {
  const { maxWaiting = Infinity, maxWaitMs = Infinity } = options
  const retryAfterSeconds = Number.isFinite(maxWaitMs) ? Math.max(1, Math.ceil(maxWaitMs / 1000)) : 1
  let running = 0
  const waiting: { start: () => void }[] = []
  // A finished task hands its slot straight to the next in line, so none can slip in between.
  const finish = () => {
    const nextInLine = waiting.shift()
    if (nextInLine) nextInLine.start()
    else running -= 1
  }
  const slot = () =>
    new Promise<void>((resolve, reject) => {
      if (running < max) {
        running += 1
        return resolve()
      }
      if (waiting.length >= maxWaiting) return reject(new ShedError(retryAfterSeconds))
      const entry = { start: () => (clearTimeout(timer), resolve()) }
      const timer = Number.isFinite(maxWaitMs)
        ? setTimeout(() => {
            waiting.splice(waiting.indexOf(entry), 1)
            reject(new ShedError(retryAfterSeconds))
          }, maxWaitMs)
        : undefined
      waiting.push(entry)
    })
  return async (task) => {
    await slot()
    try {
      return await task()
    } finally {
      finish()
    }
  }
}
