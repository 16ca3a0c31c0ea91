import { describe, expect, it } from 'vitest'

import { WriteTurns } from '@/lib/platform/sqliteWriteTurns'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('writers taking turns at SQLite', () => {
  it('lets the next writer in only when the one before releases, in the order they came', async () => {
    const turns = new WriteTurns()
    const order: string[] = []
    const first = await turns.take()
    const second = turns.take().then((release) => (order.push('second'), release))
    const third = turns.take().then((release) => (order.push('third'), release))
    await tick()
    expect(order).toEqual([])

    first()
    ;(await second)()
    ;(await third)()
    expect(order).toEqual(['second', 'third'])
  })

  it('answers 503 to a writer that waits too long, and the line moves on without it', async () => {
    const turns = new WriteTurns(20)
    const first = await turns.take()
    await expect(turns.take()).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/busy/) })

    const later = turns.take()
    first()
    const release = await later
    expect(typeof release).toBe('function')
    release()
  })

  it('ignores a second release of the same turn', async () => {
    const turns = new WriteTurns()
    const first = await turns.take()
    first()
    first()
    const second = await turns.take()
    let thirdIn = false
    const third = turns.take().then((release) => ((thirdIn = true), release))
    await tick()
    expect(thirdIn).toBe(false)
    second()
    ;(await third)()
  })
})
