import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`speaker_id\` integer NOT NULL,
  	\`speaker_role\` text,
  	\`article_id\` integer,
  	\`filed_from_body\` integer DEFAULT false,
  	\`relayed_by\` text,
  	\`context\` text,
  	\`said_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "text", "speaker_id", "speaker_role", "article_id", "relayed_by", "context", "said_at", "created_by_id", "updated_at", "created_at") SELECT "id", "text", "speaker_id", "speaker_role", "article_id", "relayed_by", "context", "said_at", "created_by_id", "updated_at", "created_at" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`quotes_speaker_idx\` ON \`quotes\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_article_idx\` ON \`quotes\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_by_idx\` ON \`quotes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
}

// Going back needs every quote filed under a story again: an unfiled one stops it (nothing is deleted).
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`speaker_id\` integer NOT NULL,
  	\`speaker_role\` text,
  	\`article_id\` integer NOT NULL,
  	\`relayed_by\` text,
  	\`context\` text,
  	\`said_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "text", "speaker_id", "speaker_role", "article_id", "relayed_by", "context", "said_at", "created_by_id", "updated_at", "created_at") SELECT "id", "text", "speaker_id", "speaker_role", "article_id", "relayed_by", "context", "said_at", "created_by_id", "updated_at", "created_at" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`quotes_speaker_idx\` ON \`quotes\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_article_idx\` ON \`quotes\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_by_idx\` ON \`quotes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
}
