import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

/** The MongoDB side of ../20261201_164953_reader_email_verified.ts: readers from before confirmation links count as confirmed since their account was made. */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const readers = (payload.db as unknown as MongooseAdapter).collections.readers.collection
  const unconfirmed = await readers.find({ emailVerifiedAt: { $exists: false } }, { projection: { createdAt: 1 } }).toArray()
  for (const reader of unconfirmed) await readers.updateOne({ _id: reader._id }, { $set: { emailVerifiedAt: reader.createdAt ?? new Date() } })
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // The dates stay: an address once confirmed does not become unconfirmed.
}
