/**
 * The indexes the reader site's queries need (reader/queries/stories.ts, reader/search/siteSearch.ts), on
 * whichever database the suite runs (./testDatabase.ts): SQLite's from the committed
 * migrations, MongoDB's as Payload's adapter creates them from the fields' `index` and
 * `unique`. The list is docs/data.md's.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../support/harness'
import { itNeeds } from '../support/testDatabase'

/** Each collection's fields that reader queries filter or sort on, and how (one relation or many). */
const READER_QUERY_FIELDS: Record<string, { field: string; kind?: 'relation' | 'relations' | 'polymorphic' }[]> = {
  articles: [
    { field: 'slug' },
    { field: 'publishedAt' },
    { field: '_status' },
    { field: 'section', kind: 'relation' },
    { field: 'people', kind: 'relations' },
    { field: 'countries', kind: 'relations' },
    { field: 'authors', kind: 'relations' },
  ],
  quotes: [
    { field: 'article', kind: 'relation' },
    { field: 'speaker', kind: 'relation' },
  ],
  people: [{ field: 'slug' }, { field: 'name' }, { field: 'country', kind: 'relation' }],
  countries: [{ field: 'slug' }, { field: 'isoCode' }, { field: 'name' }],
  sections: [{ field: 'slug' }],
  users: [{ field: 'slug' }],
  redirects: [{ field: 'from' }],
  search: [{ field: 'doc', kind: 'polymorphic' }],
}

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** The columns each SQLite index of a table covers, first column first. */
async function sqliteIndexes(table: string): Promise<string[][]> {
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
  const { rows } = await client.execute(`PRAGMA index_list("${table}")`)
  const indexes: string[][] = []
  for (const row of rows) {
    const info = await client.execute(`PRAGMA index_info("${String(row.name)}")`)
    indexes.push(info.rows.map((column) => String(column.name)))
  }
  return indexes
}

/** Where SQLite keeps a field: its column, or the relations table's column for the collection(s) it names. */
function sqliteColumns(collection: string, field: string, kind?: string): { table: string; columns: string[] } {
  const config = payload.collections[collection as CollectionSlug].config.flattenedFields.find((candidate) => candidate.name === field)
  const targets = config && 'relationTo' in config ? [config.relationTo].flat() : []
  if (kind === 'relations' || kind === 'polymorphic') return { table: `${snake(collection)}_rels`, columns: targets.map((target) => `${snake(target)}_id`) }
  if (kind === 'relation') return { table: snake(collection), columns: [`${snake(field)}_id`] }
  return { table: snake(collection), columns: [snake(field)] }
}

async function mongoIndexedPaths(collection: string): Promise<string[]> {
  const model = (payload.db as unknown as MongooseAdapter).collections[collection]
  // Mongoose builds a model's indexes in the background once connected: wait for them.
  await model.init()
  const indexes = (await model.collection.indexes()) as { key: Record<string, unknown> }[]
  return indexes.map((index) => Object.keys(index.key)[0])
}

describe('the indexes reader queries need', () => {
  for (const [collection, fields] of Object.entries(READER_QUERY_FIELDS)) {
    it(`exist for ${collection}: ${fields.map(({ field }) => field).join(', ')}`, async () => {
      if (payload.db.name === 'mongoose') {
        const paths = await mongoIndexedPaths(collection)
        // A relation to several collections is indexed as the whole { relationTo, value }.
        for (const { field } of fields) expect(paths, field).toContain(field)
        return
      }
      for (const { field, kind } of fields) {
        const { table, columns } = sqliteColumns(collection, field, kind)
        const indexes = await sqliteIndexes(table)
        for (const column of columns)
          expect(
            indexes.some((index) => index[0] === column),
            `${table}.${column}`,
          ).toBe(true)
      }
    })
  }

  itNeeds('unique indexes', 'refuse a second story with a slug already taken, in the database itself', async () => {
    // On MongoDB the unique index is built in the background after connecting: wait for it.
    if (payload.db.name === 'mongoose') await (payload.db as unknown as MongooseAdapter).collections.articles.init()
    const [story] = (await payload.find({ collection: 'sections', limit: 1, depth: 0 })).docs
    const section = story ?? (await payload.create({ collection: 'sections', data: { name: 'Index test', slug: 'index-test' } }))
    const data = {
      title: 'Twice',
      dek: 'D',
      slug: 'twice',
      section: section.id,
      body: { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } },
      _status: 'draft',
    }
    await payload.db.create({ collection: 'articles', data })
    await expect(payload.db.create({ collection: 'articles', data })).rejects.toThrow()
  })
})
