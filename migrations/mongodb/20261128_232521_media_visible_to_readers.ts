import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * The MongoDB side of ../20261128_232521_media_visible_to_readers.ts: images uploaded
 * before the visibility rule were readable by everyone; they stay so, rather than
 * hide the photos of live stories. (Documents written since carry the field.)
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await payload.update({
    collection: 'media',
    where: { visibleToReaders: { exists: false } },
    data: { visibleToReaders: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

export async function down(): Promise<void> {
  // Nothing to undo: the flag is simply ignored by older code.
}
