import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * People lists are sorted by name: an index for it. (The other fields reader queries need
 * indexed already were: relations through their foreign-key and relations-table indexes;
 * docs/data.md.) MongoDB builds its indexes itself when the server starts.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`people_name_idx\` ON \`people\` (\`name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`people_name_idx\`;`)
}
