import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Staff get an author page: a slug (and an author note). Accounts made before it get a
 * slug from their name here, as the slug field would make it (lower case, letters and
 * digits, single hyphens), numbered when two names make the same. The column stays
 * nullable in SQLite (it cannot add a NOT NULL column to rows); Payload requires it.
 */
export const slugOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'staff'

/** A slug for each account, none the same as another or as one already `taken`. */
export function slugsFor<Id>(staff: { id: Id; name: string | null }[], taken: Set<string>): { id: Id; slug: string }[] {
  return staff.map(({ id, name }) => {
    const base = slugOf(name ?? '')
    let slug = base
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
    taken.add(slug)
    return { id, slug }
  })
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`bio\` text;`)
  const staff = (await db.all(sql`SELECT \`id\`, \`name\` FROM \`users\` ORDER BY \`id\`;`)) as { id: number; name: string | null }[]
  for (const { id, slug } of slugsFor(staff, new Set())) await db.run(sql`UPDATE \`users\` SET \`slug\` = ${slug} WHERE \`id\` = ${id};`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_slug_idx\` ON \`users\` (\`slug\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`bio\`;`)
}
