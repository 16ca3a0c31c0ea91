import { searchPlugin } from '@payloadcms/plugin-search'
import type { CollectionAfterChangeHook, GlobalAfterChangeHook, PayloadHandler, PayloadRequest, Plugin, Where } from 'payload'
import { z } from 'zod'

import { admins } from '@/collections/access/admins'
import { staff } from '@/collections/access/staff'
import { readBodyUpTo } from '@/lib/http/requestBody'
import type { Article, Quote } from '@/payload-types'

import { quoteEntry, storyEntry, toSearchEntry } from './entries'

export const SEARCH_INDEX = 'search'
// In the order results are grouped.
export const SEARCHED_COLLECTIONS = ['articles', 'people', 'quotes'] as const
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number]

/**
 * Staff and the search page read the index; the page reads each result again through its own
 * collection's access rules, so an entry never shows a reader more than the document would.
 */
const indexPlugin = searchPlugin({
  collections: [...SEARCHED_COLLECTIONS],
  beforeSync: toSearchEntry,
  searchOverrides: {
    slug: SEARCH_INDEX,
    labels: { singular: 'Search entry', plural: 'Search index' },
    admin: {
      group: 'Admin',
      // Payload 3.90 shows a polymorphic relationship's list cell as "<No Doc>".
      defaultColumns: ['title', 'updatedAt'],
      description:
        'What the site’s search looks in: one entry per published story, person and quote, rewritten when they change. After an upgrade, or if search misses something, choose Reindex.',
    },
    // The plugin writes through the Local API; over the API, admins may only rebuild it.
    access: { read: staff, update: admins, delete: admins },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      {
        name: 'text',
        type: 'textarea',
        admin: { readOnly: true, description: 'What a result may show.' },
      },
      {
        name: 'terms',
        type: 'textarea',
        admin: {
          readOnly: true,
          description: 'What a query is matched against: word stems, one line per field.',
        },
      },
    ],
  },
})

// Without ids: all of the collection's.
async function rewriteEntries(req: PayloadRequest, collection: 'articles' | 'quotes', ids?: (string | number)[]): Promise<void> {
  if (ids?.length === 0) return
  const { docs: entries } = await req.payload.find({
    collection: SEARCH_INDEX,
    where: { and: [{ 'doc.relationTo': { equals: collection } }, ...(ids ? [{ 'doc.value': { in: ids } }] : [])] },
    select: { doc: true },
    depth: 0,
    limit: 10_000,
    pagination: false,
    req,
  })
  for (const entry of entries) {
    const doc = await req.payload.findByID({ collection, id: entry.doc.value as number, depth: 0, draft: false, req }).catch(() => null)
    if (!doc) continue
    const data = collection === 'articles' ? await storyEntry(doc as Article, req) : await quoteEntry(doc as Quote, req)
    await req.payload.update({ collection: SEARCH_INDEX, id: entry.id, data, depth: 0, req })
  }
}

// Shortening the opening must rewrite every story's entry, or search would find withheld words.
const reindexStoriesWhenTheOpeningChanges: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.openingParagraphs !== previousDoc?.openingParagraphs) await rewriteEntries(req, 'articles')
  return doc
}

const idsOf = (docs: { id: string | number }[]) => docs.map((doc) => doc.id)
const sameNames = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

// Entries hold the names of a story's people and countries.
const reindexWhenAPersonIsRenamed: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (sameNames(doc.name, previousDoc?.name) && sameNames(doc.aliases?.map((alias: { name: string }) => alias.name), previousDoc?.aliases?.map((alias: { name: string }) => alias.name))) return doc
  const find = (collection: 'articles' | 'quotes', where: Where) => req.payload.find({ collection, where, select: { updatedAt: true }, depth: 0, limit: 10_000, pagination: false, req })
  const [stories, quotes] = await Promise.all([find('articles', { people: { in: [doc.id] } }), find('quotes', { speaker: { equals: doc.id } })])
  await rewriteEntries(req, 'articles', idsOf(stories.docs))
  await rewriteEntries(req, 'quotes', idsOf(quotes.docs))
  return doc
}

const reindexWhenACountryIsRenamed: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.name === previousDoc?.name) return doc
  const { docs } = await req.payload.find({ collection: 'articles', where: { countries: { in: [doc.id] } }, select: { updatedAt: true }, depth: 0, limit: 10_000, pagination: false, req })
  await rewriteEntries(req, 'articles', idsOf(docs))
  return doc
}

const RENAME_HOOKS: Record<string, CollectionAfterChangeHook> = { people: reindexWhenAPersonIsRenamed, countries: reindexWhenACountryIsRenamed }

const reindexRequestSchema = z.object({ collections: z.array(z.enum(SEARCHED_COLLECTIONS)).min(1) })
const REINDEX_BODY_LIMIT = 10_000

// The plugin's *Reindex* endpoint answers a body that is not JSON with a 500: a 400 says what to send.
const judgingTheBody =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    const text = await readBodyUpTo(req as unknown as Request, REINDEX_BODY_LIMIT)
    let parsed: z.ZodSafeParseResult<z.output<typeof reindexRequestSchema>> | null = null
    try {
      parsed = reindexRequestSchema.safeParse(JSON.parse(text ?? ''))
    } catch {
      parsed = null
    }
    if (!parsed?.success) {
      return Response.json({ errors: [{ message: `Send {"collections": [...]} naming some of ${SEARCHED_COLLECTIONS.join(', ')}.` }] }, { status: 400 })
    }
    const body = parsed.data
    req.json = async () => body
    return handler(req)
  }

export const searchIndex: Plugin = async (incoming) => {
  const config = await indexPlugin(incoming)
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === SEARCH_INDEX) {
        return {
          ...collection,
          endpoints: (collection.endpoints || []).map((endpoint) => (endpoint.path === '/reindex' ? { ...endpoint, handler: judgingTheBody(endpoint.handler) } : endpoint)),
        }
      }
      const renamed = RENAME_HOOKS[collection.slug]
      return renamed ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), renamed] } } : collection
    }),
    globals: (config.globals ?? []).map((global) =>
      global.slug === 'paywall-settings'
        ? {
            ...global,
            hooks: {
              ...global.hooks,
              afterChange: [...(global.hooks?.afterChange ?? []), reindexStoriesWhenTheOpeningChanges],
            },
          }
        : global,
    ),
  }
}
