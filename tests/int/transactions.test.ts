import type { CollectionAfterChangeHook, Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { bootPayload } from '../support/harness'
import { describeNeeds } from '../support/testDatabase'

let payload: Payload
let cleanup: () => Promise<void>

const FAIL_AFTER_WRITE = 'failAfterWrite'
// A hook that fails once the person is written, as a purge or a search update can.
const failAfterWrite: CollectionAfterChangeHook = ({ context }) => {
  if (context[FAIL_AFTER_WRITE]) throw new Error('the hook after the write failed')
}

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  payload.collections.people.config.hooks.afterChange.push(failAfterWrite)
})
afterAll(async () => cleanup?.())

const peopleNamed = async (name: string) =>
  (await payload.count({ collection: 'people', where: { name: { equals: name } } })).totalDocs

// The MongoDB imitation the mongo project runs on does not roll back (PLATFORM-NOTES.md).
describeNeeds('the SQLite schema', 'a save is all or nothing', () => {
  it('leaves no trace of a new record when a hook fails after the write', async () => {
    await expect(
      payload.create({ collection: 'people', data: { name: 'Half Saved', slug: 'half-saved' }, context: { [FAIL_AFTER_WRITE]: true } }),
    ).rejects.toThrow(/hook after the write failed/)

    expect(await peopleNamed('Half Saved')).toBe(0)
  })

  it('keeps the record as it was when a hook fails after an update', async () => {
    const person = await payload.create({ collection: 'people', data: { name: 'Kept As Was', slug: 'kept-as-was', role: 'Minister' } })
    await expect(
      payload.update({ collection: 'people', id: person.id, data: { role: 'Former minister' }, context: { [FAIL_AFTER_WRITE]: true } }),
    ).rejects.toThrow(/hook after the write failed/)

    expect((await payload.findByID({ collection: 'people', id: person.id })).role).toBe('Minister')
  })

  it('saves every one of many concurrent changes', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Concurrent ${i}`)
    await Promise.all(names.map((name) => payload.create({ collection: 'people', data: { name, slug: name.toLowerCase().replace(' ', '-') } })))

    const { totalDocs } = await payload.count({ collection: 'people', where: { name: { like: 'Concurrent ' } } })
    expect(totalDocs).toBe(names.length)
  })
})

describeNeeds('the SQLite schema', 'while a transaction is open on SQLite', () => {
  it('another save waits its turn without freezing the server, then lands', async () => {
    const transactionID = await payload.db.beginTransaction()
    expect(transactionID).not.toBeNull()
    let ticks = 0
    const ticking = setInterval(() => ticks++, 10)

    const waiting = payload.create({ collection: 'people', data: { name: 'Waited Its Turn', slug: 'waited-its-turn' } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(ticks).toBeGreaterThan(10)
    expect(await peopleNamed('Waited Its Turn')).toBe(0)

    await payload.db.commitTransaction(transactionID!)
    await waiting
    clearInterval(ticking)
    expect(await peopleNamed('Waited Its Turn')).toBe(1)
  })
})
