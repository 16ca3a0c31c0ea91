/**
 * Two requests of one reader must not both read the meter before either writes it.
 * In this process only; across instances see delivery/clusterSignals.ts#withClusterLock.
 */
const queues = new Map<string, Promise<unknown>>()

export function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  queues.set(key, run)
  const forget = () => {
    if (queues.get(key) === run) queues.delete(key)
  }
  run.then(forget, forget)
  return run
}
