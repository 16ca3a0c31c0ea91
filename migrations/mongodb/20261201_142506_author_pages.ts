import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

import { slugsFor } from '../20261201_142506_author_pages'

/** The MongoDB side of ../20261201_142506_author_pages.ts: staff accounts made before author pages get a slug from their name. */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const users = (payload.db as unknown as MongooseAdapter).collections.users.collection
  const all = await users.find({}, { projection: { name: 1, slug: 1 } }).sort({ _id: 1 }).toArray()
  const taken = new Set(all.flatMap((user) => (typeof user.slug === 'string' && user.slug ? [user.slug] : [])))
  const missing = all.filter((user) => !(typeof user.slug === 'string' && user.slug)).map((user) => ({ id: user._id, name: (user.name as string | undefined) ?? null }))
  for (const { id, slug } of slugsFor(missing, taken)) await users.updateOne({ _id: id }, { $set: { slug } })
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // The slugs stay: removing them would take away pages readers may have linked to.
}
