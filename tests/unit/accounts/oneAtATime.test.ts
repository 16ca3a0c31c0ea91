import { describe, expect, it } from 'vitest'

import { oneAtATime } from '@/accounts/oneAtATime'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('tasks run one at a time per key', () => {
  it('never overlaps two tasks of one key, and keeps their order', async () => {
    const events: string[] = []
    const task = (name: string) => async () => {
      events.push(`start ${name}`)
      await tick()
      events.push(`end ${name}`)
      return name
    }
    const results = await Promise.all([oneAtATime('reader-1', task('a')), oneAtATime('reader-1', task('b'))])
    expect(results).toEqual(['a', 'b'])
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b'])
  })

  it('lets different keys run side by side, and a failure does not block the next task', async () => {
    const events: string[] = []
    const failing = oneAtATime('reader-2', async () => {
      events.push('start failing')
      await tick()
      throw new Error('database hiccup')
    })
    const other = oneAtATime('reader-3', async () => {
      events.push('start other')
      return 'other'
    })
    const next = oneAtATime('reader-2', async () => 'next')
    await expect(failing).rejects.toThrow('database hiccup')
    expect(await other).toBe('other')
    expect(await next).toBe('next')
    expect(events.slice(0, 2)).toEqual(['start failing', 'start other'])
  })
})
