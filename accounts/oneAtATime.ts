/**
 * Runs tasks with the same key one after another (in this process), so two
 * requests of one reader cannot both read the meter before either writes it.
 * Across instances, accounts/signedInAccess.ts also takes a lock they share
 * through Redis (delivery/clusterSignals.ts#withClusterLock).
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
