import { describe, expect, it } from 'vitest'

import { concurrencyLimit, ShedError } from '@/lib/concurrencyLimit'

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

describe('a bounded concurrency limit', () => {
  const hold = () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    return { held, release }
  }

  it('sheds a task at once when its queue is full, saying when to come back', async () => {
    const limit = concurrencyLimit(1, { maxWaiting: 1, maxWaitMs: 2_000 })
    const first = hold()
    const running = limit(() => first.held)
    const waiting = limit(async () => 'second')
    await expect(limit(async () => 'third')).rejects.toMatchObject({ name: 'Error', retryAfterSeconds: 2 })
    await expect(limit(async () => 'third')).rejects.toBeInstanceOf(ShedError)
    first.release()
    await running
    expect(await waiting).toBe('second')
  })

  it('sheds a task that waited too long, and runs the next in line once a slot is free', async () => {
    const limit = concurrencyLimit(1, { maxWaitMs: 20 })
    const first = hold()
    const running = limit(() => first.held)
    await expect(limit(async () => 'late')).rejects.toBeInstanceOf(ShedError)
    first.release()
    await running
    expect(await limit(async () => 'on time')).toBe('on time')
  })

  it('never runs more than its limit, even when a task arrives as another finishes', async () => {
    const limit = concurrencyLimit(1)
    let running = 0
    let most = 0
    const task = async () => {
      running += 1
      most = Math.max(most, running)
      await Promise.resolve()
      running -= 1
    }
    const first = limit(task)
    const second = limit(task)
    await first
    await Promise.all([limit(task), second])
    expect(most).toBe(1)
  })
})
