import config from '@payload-config'
import { describe, expect, it } from 'vitest'

import { queryableFields } from '@/lib/api/queryableFields'

describe('what a where may compare each field with, from the real collections', () => {
  it('knows a story’s dates, relations (one or several), flags, text and grouped fields', async () => {
    const articles = (await config).collections.find((collection) => collection.slug === 'articles')!
    const fields = queryableFields(articles.flattenedFields)
    expect(fields.get('id')).toEqual({ kind: 'id', hasMany: false })
    expect(fields.get('publishedAt')).toEqual({ kind: 'date', hasMany: false })
    expect(fields.get('section')).toEqual({ kind: 'id', hasMany: false })
    expect(fields.get('people')).toEqual({ kind: 'id', hasMany: true })
    expect(fields.get('freeToRead')).toEqual({ kind: 'boolean', hasMany: false })
    expect(fields.get('title')).toEqual({ kind: 'text', hasMany: false })
    expect(fields.get('review.state')).toEqual({ kind: 'text', hasMany: false })
    // A join has no value of its own (listed to be refused), rich text none a where could compare.
    expect(fields.get('quotes')).toEqual({ kind: 'join', hasMany: false })
    expect(fields.has('body')).toBe(false)
  })
})
