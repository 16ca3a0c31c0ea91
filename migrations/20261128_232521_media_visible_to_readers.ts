import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`visible_to_readers\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_visible_to_readers_idx\` ON \`media\` (\`visible_to_readers\`);`)
  // Images already uploaded were readable by everyone until now: keep them so, rather than
  // hide the photos of live stories. New uploads start hidden until a story is published.
  await db.run(sql`UPDATE \`media\` SET \`visible_to_readers\` = true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_visible_to_readers_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`visible_to_readers\`;`)
}
