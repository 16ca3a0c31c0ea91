import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

/**
 * The MongoDB side of ../20261201_094128_roles_review_authors.ts: a story's one
 * `author` becomes the first of its `authors`, in the story and in its versions.
 * (The review and creator fields are new and start empty: no data to move.)
 * Document by document, with plain updates: every MongoDB version runs them.
 */
type Model = MongooseAdapter['collections'][string]

async function moveField(model: Model, from: string, to: string, value: (stored: unknown) => unknown): Promise<void> {
  const docs = await model.collection.find({ [from]: { $exists: true } }, { projection: { [from]: 1 } }).toArray()
  for (const doc of docs) {
    const stored = from.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc)
    await model.collection.updateOne({ _id: doc._id }, { $set: { [to]: value(stored) }, $unset: { [from]: 1 } })
  }
}

const asList = (author: unknown) => (author ? [author] : [])
const firstOf = (authors: unknown) => (Array.isArray(authors) && authors.length > 0 ? authors[0] : null)

export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections, versions } = payload.db as unknown as MongooseAdapter
  await moveField(collections.articles, 'author', 'authors', asList)
  await moveField(versions.articles, 'version.author', 'version.authors', asList)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  const { collections, versions } = payload.db as unknown as MongooseAdapter
  await moveField(collections.articles, 'authors', 'author', firstOf)
  await moveField(versions.articles, 'version.authors', 'version.author', firstOf)
}
