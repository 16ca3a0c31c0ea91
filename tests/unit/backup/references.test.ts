import type { Block, FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { foreignKeyTargets, mapReferences, type DocumentId } from '@/scripts/backup/references'
import { holdsIdsOf } from '@/lib/api/jsonIds'

// Fields as Payload's sanitized config gives them (flattenedFields), reduced to what the walk reads.
const fields = [
  { name: 'title', type: 'text' },
  { name: 'section', type: 'relationship', relationTo: 'sections' },
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true },
  { name: 'doc', type: 'relationship', relationTo: ['articles', 'people'] },
  { name: 'review', type: 'group', flattenedFields: [{ name: 'publishedBy', type: 'relationship', relationTo: 'users' }] },
  { name: 'links', type: 'array', flattenedFields: [{ name: 'story', type: 'relationship', relationTo: 'articles' }] },
  { name: 'layout', type: 'blocks', blocks: [{ slug: 'photo', flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'media' }] }] },
  { name: 'readIds', type: 'json', custom: holdsIdsOf('articles') },
  { name: 'settings', type: 'json' },
  { name: 'body', type: 'richText' },
] as unknown as FlattenedField[]

const quoteBlock = { slug: 'pullQuote', fields: [{ name: 'quote', type: 'relationship', relationTo: 'quotes' }] } as unknown as Block
const richTextBlocksOf = () => [quoteBlock]

/** Source ids 1…9 of every collection become "<collection>-<id>"; 404 is a document the backup does not hold. */
const resolve = (collection: string, id: DocumentId) => (String(id) === '404' ? undefined : `${collection}-${id}`)
const mapped = (data: Record<string, unknown>) => mapReferences({ fields, data, resolve, richTextBlocksOf })

describe('rewriting the references a document holds', () => {
  it('rewrites relationships and uploads, one or many, and leaves other fields alone', () => {
    const { data, dangling } = mapped({ title: 'T', section: 1, heroImage: 2, people: [3, 4] })
    expect(data).toEqual({ title: 'T', section: 'sections-1', heroImage: 'media-2', people: ['people-3', 'people-4'] })
    expect(dangling).toEqual([])
  })

  it('rewrites a reference that names its collection (the search entry’s doc, a redirect’s target)', () => {
    expect(mapped({ doc: { relationTo: 'people', value: 5 } }).data).toEqual({ doc: { relationTo: 'people', value: 'people-5' } })
  })

  it('finds references inside groups, arrays and blocks', () => {
    const { data } = mapped({
      review: { publishedBy: 6 },
      links: [{ id: 'row', story: 7 }],
      layout: [
        { blockType: 'photo', image: 8 },
        { blockType: 'unknown', image: 9 },
      ],
    })
    expect(data).toEqual({
      review: { publishedBy: 'users-6' },
      links: [{ id: 'row', story: 'articles-7' }],
      layout: [
        { blockType: 'photo', image: 'media-8' },
        { blockType: 'unknown', image: 9 },
      ],
    })
  })

  it('rewrites the ids a JSON field declares, as strings when they were strings, and no other JSON', () => {
    expect(mapped({ readIds: ['1', 2], settings: { story: 1 } }).data).toEqual({ readIds: ['articles-1', 'articles-2'], settings: { story: 1 } })
  })

  it('rewrites the rich text’s upload, relationship and internal link nodes, and its blocks’ and inline blocks’ fields', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'upload', relationTo: 'media', value: 1 },
          { type: 'relationship', relationTo: 'people', value: { id: 2 } },
          { type: 'block', fields: { blockType: 'pullQuote', quote: 3 } },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'said' },
              { type: 'inlineBlock', fields: { blockType: 'pullQuote', quote: 4 } },
              { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 5 } }, children: [] },
            ],
          },
        ],
      },
    }
    const children = (mapped({ body }).data.body as typeof body).root.children as unknown[]
    expect(children).toEqual([
      { type: 'upload', relationTo: 'media', value: 'media-1' },
      { type: 'relationship', relationTo: 'people', value: 'people-2' },
      { type: 'block', fields: { blockType: 'pullQuote', quote: 'quotes-3' } },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'said' },
          { type: 'inlineBlock', fields: { blockType: 'pullQuote', quote: 'quotes-4' } },
          { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 'articles-5' } }, children: [] },
        ],
      },
    ])
  })

  it('leaves out a reference to a document the backup does not hold, and says where it was', () => {
    const { data, dangling } = mapped({
      section: 404,
      people: [3, 404],
      body: { root: { type: 'root', children: [{ type: 'upload', relationTo: 'media', value: 404 }] } },
    })
    expect(data).toEqual({ section: null, people: ['people-3'], body: { root: { type: 'root', children: [] } } })
    expect(dangling).toEqual([
      { path: 'section', collection: 'sections', id: 404 },
      { path: 'people.1', collection: 'people', id: 404 },
      { path: 'body.root.0', collection: 'media', id: 404 },
    ])
  })

  it('does not change the data it is given', () => {
    const data = { people: [3], review: { publishedBy: 6 } }
    mapped(data)
    expect(data).toEqual({ people: [3], review: { publishedBy: 6 } })
  })
})

describe('the references kept as foreign keys', () => {
  it('lists, per top-level field, the collections its relationships name at any depth; not rich text or JSON', () => {
    expect(foreignKeyTargets(fields)).toEqual(
      new Map([
        ['section', new Set(['sections'])],
        ['heroImage', new Set(['media'])],
        ['people', new Set(['people'])],
        ['doc', new Set(['articles', 'people'])],
        ['review', new Set(['users'])],
        ['links', new Set(['articles'])],
        ['layout', new Set(['media'])],
      ]),
    )
  })
})
