import { describe, expect, it } from 'vitest'

import { concurrencyLimit } from '@/lib/concurrencyLimit'

describe('a concurrency limit', () => {
  it('runs at most that many tasks at once, the rest in the order they came, and passes on results and failures', async () => {
    const limit = concurrencyLimit(2)
    let running = 0
    let most = 0
    const started: number[] = []
    const task = (id: number) => async () => {
      started.push(id)
      running += 1
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running -= 1
      if (id === 3) throw new Error('task 3 failed')
      return id
    }
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((id) => limit(task(id))))
    expect(most).toBe(2)
    expect(started).toEqual([1, 2, 3, 4, 5])
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([1, 2, 'task 3 failed', 4, 5])
  })
})
