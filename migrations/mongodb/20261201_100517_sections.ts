import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'
import { Types } from 'mongoose'

import { slugOf } from '../20261201_100517_sections'

/**
 * The MongoDB side of ../20261201_100517_sections.ts: every free-typed section name in
 * use (in the stories or their versions) becomes a section, and each story and
 * version points at its section by id. Names that already are sections are reused.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections, versions } = payload.db as unknown as MongooseAdapter
  const sections = collections.sections.collection
  const targets = [
    { model: collections.articles, field: 'section' },
    { model: versions.articles, field: 'version.section' },
  ]
  const names = new Set<string>()
  for (const { model, field } of targets) {
    for (const name of await model.collection.distinct(field, { [field]: { $type: 'string' } })) {
      if (typeof name === 'string' && name.trim()) names.add(name)
    }
  }
  const idOf = new Map<string, Types.ObjectId>()
  for (const name of names) {
    const existing = await sections.findOne({ name })
    if (existing) {
      idOf.set(name, existing._id as Types.ObjectId)
      continue
    }
    const base = slugOf(name) || 'section'
    let slug = base
    for (let n = 2; await sections.findOne({ slug }); n += 1) slug = `${base}-${n}`
    const now = new Date()
    const { insertedId } = await sections.insertOne({ name, slug, createdAt: now, updatedAt: now })
    idOf.set(name, insertedId as Types.ObjectId)
  }
  for (const { model, field } of targets) {
    for (const [name, id] of idOf) await model.collection.updateMany({ [field]: name }, { $set: { [field]: id } })
  }
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  const { collections, versions } = payload.db as unknown as MongooseAdapter
  for (const section of await collections.sections.collection.find({}).toArray()) {
    await collections.articles.collection.updateMany({ section: section._id }, { $set: { section: section.name } })
    await versions.articles.collection.updateMany({ 'version.section': section._id }, { $set: { 'version.section': section.name } })
  }
}
