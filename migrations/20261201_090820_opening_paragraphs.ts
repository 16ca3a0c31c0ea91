import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`paywall_settings\` RENAME COLUMN "preview_paragraphs" TO "opening_paragraphs";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`paywall_settings\` RENAME COLUMN "opening_paragraphs" TO "preview_paragraphs";`)
}
