import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Subscribing waits for a confirmed email address (docs/reader-email.md). Readers who had an
 * account before there was a confirmation link are not asked for one: their address counts as
 * confirmed since their account was made.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`readers\` ADD \`email_verified_at\` text;`)
  await db.run(sql`UPDATE \`readers\` SET \`email_verified_at\` = \`created_at\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`email_verified_at\`;`)
}
