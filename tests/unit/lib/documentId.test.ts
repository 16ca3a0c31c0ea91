import { describe, expect, it } from 'vitest'

import { isIdFor } from '@/lib/documentId'

describe('an id for the database at hand', () => {
  it('is a number (or its digits) on SQLite', () => {
    expect(isIdFor('sqlite', 42)).toBe(true)
    expect(isIdFor('sqlite', '42')).toBe(true)
    expect(isIdFor('sqlite', '65a1b2c3d4e5f60718293a4b')).toBe(false)
  })

  it('is a 24-hex ObjectId on MongoDB, never a number', () => {
    expect(isIdFor('mongodb', '65a1b2c3d4e5f60718293a4b')).toBe(true)
    expect(isIdFor('mongodb', 999_999)).toBe(false)
    expect(isIdFor('mongodb', 'section-slug')).toBe(false)
    expect(isIdFor('mongodb', null)).toBe(false)
  })
})
