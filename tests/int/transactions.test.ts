import path from 'node:path'

import { createClient } from '@libsql/client'
import type { CollectionAfterChangeHook, Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { bootPayload } from '../support/harness'
import { describeNeeds } from '../support/testDatabase'

let payload: Payload
let dir: string
let cleanup: () => Promise<void>

const FAIL_AFTER_WRITE = 'failAfterWrite'
// A hook that fails once the person is written, as a purge or a search update can.
const failAfterWrite: CollectionAfterChangeHook = ({ context }) => {
  if (context[FAIL_AFTER_WRITE]) throw new Error('the hook after the write failed')
}

// Another process on the same file (a second instance, the seed) writing; it waits no longer than SQLite lets it.
async function otherProcessWrites(slug: string): Promise<'wrote' | 'was made to wait'> {
  const other = createClient({ url: `file:${path.join(dir, 'newsroom.db')}` })
  try {
    await other.execute('PRAGMA busy_timeout = 0')
    await other.execute({ sql: 'UPDATE people SET role = ? WHERE slug = ?', args: ['Written by another process', slug] })
    return 'wrote'
  } catch {
    return 'was made to wait'
  } finally {
    other.close()
  }
}

beforeAll(async () => {
  ;({ payload, dir, cleanup } = await bootPayload())
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

describeNeeds('the SQLite schema', 'with another process on the same SQLite file', () => {
  it("holds SQLite's write lock from its start, so the other process can never interleave a write", async () => {
    await payload.create({ collection: 'people', data: { name: 'The Bystander', slug: 'the-bystander' } })
    const person = await payload.create({ collection: 'people', data: { name: 'Saved Meanwhile', slug: 'saved-meanwhile', role: 'Minister' } })

    // Begun deferred, a save that had read could not take the lock from a writer committing meanwhile:
    // SQLite answers SQLITE_BUSY at once there, as waiting would deadlock (its docs, sqlite3_busy_handler).
    const transactionID = await payload.db.beginTransaction()
    const req = { transactionID: transactionID! }
    const other = await otherProcessWrites('the-bystander')
    await payload.db.findOne({ collection: 'people', where: { id: { equals: person.id } }, req })
    await payload.db.updateOne({ collection: 'people', id: person.id, data: { role: 'Former minister' }, req })
    await payload.db.commitTransaction(transactionID!)

    expect((await payload.findByID({ collection: 'people', id: person.id })).role).toBe('Former minister')
    expect(other).toBe('was made to wait')
  })
})

describeNeeds('the SQLite schema', "when the job runner's status write fails", () => {
  it('leaves no transaction open: the next save lands at once', async () => {
    // As Payload's updateJobs helper does: begin, write, commit; it never ends the transaction on a failure.
    const transactionID = await payload.db.beginTransaction()
    await expect(payload.db.updateJobs({ id: 1, data: null as never, req: { transactionID: transactionID! } })).rejects.toThrow()

    const saved = await payload.create({ collection: 'people', data: { name: 'Saved After', slug: 'saved-after' } })
    expect(saved.name).toBe('Saved After')
  })
})
