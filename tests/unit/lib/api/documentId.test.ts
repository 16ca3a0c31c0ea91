import { Types } from 'mongoose'
import { describe, expect, it } from 'vitest'

import { isIdFor } from '@/lib/api/documentId'

const OBJECT_ID = '65a1b2c3d4e5f60718293a4b'

describe('an id for the database at hand', () => {
  it('is a whole number (or its digits) on SQLite', () => {
    expect(isIdFor('sqlite', 42)).toBe(true)
    expect(isIdFor('sqlite', '42')).toBe(true)
    for (const notOne of [OBJECT_ID, '4.2', -1, '-1', '', 'undefined', 'NaN', '1'.repeat(16), null, undefined, {}, [42]]) {
      expect(isIdFor('sqlite', notOne), String(notOne)).toBe(false)
    }
  })

  it('is a 24-hex ObjectId on MongoDB, as a string or the ObjectId itself, never a number', () => {
    expect(isIdFor('mongodb', OBJECT_ID)).toBe(true)
    expect(isIdFor('mongodb', new Types.ObjectId(OBJECT_ID))).toBe(true)
    for (const notOne of [999_999, '123', 'section-slug', OBJECT_ID.toUpperCase(), `${OBJECT_ID}0`, 'undefined', '', null, { id: OBJECT_ID }]) {
      expect(isIdFor('mongodb', notOne), String(notOne)).toBe(false)
    }
  })
})
