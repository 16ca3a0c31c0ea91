import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The fields Payload's storage plugin adds to media (lib/platform/mediaStorage.ts): the bucket folder an
 * image was stored under (`prefix`) and the key of a file the browser put in the bucket itself
 * (`_objectKey`, which this site does not do). They exist whether files go to S3 or stay on disk,
 * so the schema is the same either way. Images already stored get no prefix: the plugin then looks
 * for them under S3_PREFIX.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}
