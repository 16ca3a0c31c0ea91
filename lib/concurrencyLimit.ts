/**
 * At most `max` of the tasks given to the returned function run at once; the others wait
 * their turn, first come first served. For work that competes for the same few cores
 * (rendering pages): run one after another, each finishes sooner than all at once.
 */
export function concurrencyLimit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: (() => void)[] = []
  const next = () => {
    running -= 1
    waiting.shift()?.()
  }
  return async (task) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    running += 1
    try {
      return await task()
    } finally {
      next()
    }
  }
}
