import { describe, expect, it } from 'vitest'

import { compareIds, objectIdGenerator, planIds } from '@/scripts/backup/ids'

const sources = [
  { collection: 'people', ids: [3, 7] },
  { collection: 'media', ids: [1] },
]
let counter = 0
const newObjectId = () => `${'0'.repeat(23)}${++counter}`

describe('the ids documents get in the target database', () => {
  it('keeps SQLite numbers in SQLite and ObjectIds in MongoDB', () => {
    expect(planIds({ sources, target: 'sqlite', newObjectId }).of('people', 7)).toBe(7)
    const oid = '65a1b2c3d4e5f60718293a4b'
    expect(planIds({ sources: [{ collection: 'people', ids: [oid] }], target: 'mongodb', newObjectId }).of('people', oid)).toBe(oid)
  })

  it('gives each SQLite document a new ObjectId in MongoDB, in order, the same one wherever it is referred to', () => {
    counter = 0
    const ids = planIds({ sources, target: 'mongodb', newObjectId })
    expect([ids.of('people', 3), ids.of('people', 7), ids.of('media', 1)]).toEqual([
      '000000000000000000000001',
      '000000000000000000000002',
      '000000000000000000000003',
    ])
    expect(ids.resolve('people', '3')).toBe(ids.of('people', 3))
  })

  it('numbers MongoDB documents 1, 2, 3… per collection in SQLite, in the backup’s order', () => {
    const ids = planIds({ sources: [{ collection: 'people', ids: ['65a1b2c3d4e5f60718293a4b', '65a1b2c3d4e5f60718293a4c'] }], target: 'sqlite', newObjectId })
    expect(ids.of('people', '65a1b2c3d4e5f60718293a4c')).toBe(2)
  })

  it('knows nothing of a document the backup does not hold', () => {
    const ids = planIds({ sources, target: 'sqlite', newObjectId })
    expect(ids.resolve('people', 4)).toBeUndefined()
    expect(ids.resolve('media', 3)).toBeUndefined()
    expect(() => ids.of('people', 4)).toThrow(/No id planned for people 4/)
  })
})

describe('ids in the order their database made them', () => {
  it('sorts numbers by value and ObjectIds by their hex', () => {
    expect([10, 9, 100].sort(compareIds)).toEqual([9, 10, 100])
    expect(['65a1b2c3d4e5f60718293a4c', '65a1b2c3d4e5f60718293a4b'].sort(compareIds)).toEqual(['65a1b2c3d4e5f60718293a4b', '65a1b2c3d4e5f60718293a4c'])
  })
})

describe('new ObjectIds', () => {
  it('are 24 hex digits, start with the time in seconds, and sort in the order they were made', () => {
    const next = objectIdGenerator(
      () => 0x65a1b2c3 * 1000,
      (size) => new Uint8Array(size).fill(0xff),
    )
    const made = [next(), next(), next()]
    for (const id of made) expect(id).toMatch(/^65a1b2c3ffffffffff[0-9a-f]{6}$/)
    expect(new Set(made).size).toBe(3)
    expect([...made].sort()).toEqual(made)
  })
})
