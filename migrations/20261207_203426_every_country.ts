import { randomBytes } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import dataset from 'world-countries'

/**
 * Every country of the `world-countries` package, as this migration first added them (decision 016).
 * A frozen copy of lib/countries/: a migration imports no project code, which moves on.
 */
export type CountryToAdd = { isoCode: string; name: string; slug: string; region: string | null; demonyms: string[]; otherNames: string[] }

const NORTH_AMERICA = new Set(['US', 'CA', 'BM', 'GL', 'PM', 'UM'])
const ALSO_MIDDLE_EAST = new Set(['EG', 'IR'])
const CAUCASUS = new Set(['AM', 'AZ', 'GE'])
const DESKS: Record<string, string> = { Africa: 'Africa', Asia: 'Asia', Europe: 'Europe', Oceania: 'Oceania' }

function regionOf(isoCode: string, region: string, subregion: string): string | null {
  if (ALSO_MIDDLE_EAST.has(isoCode) || (subregion === 'Western Asia' && !CAUCASUS.has(isoCode))) return 'Middle East'
  if (region === 'Americas') return NORTH_AMERICA.has(isoCode) ? 'North America' : 'Latin America'
  return DESKS[region] ?? null
}

const slugOf = (name: string): string =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'"“”]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')

const distinct = (names: readonly string[], except: readonly string[]): string[] =>
  [...new Set(names.map((name) => name.trim()))].filter((name) => name && !except.includes(name))

export const COUNTRIES_TO_ADD: readonly CountryToAdd[] = dataset.map((country) => ({
  isoCode: country.cca2,
  name: country.name.common,
  slug: slugOf(country.name.common),
  region: regionOf(country.cca2, country.region, country.subregion),
  demonyms: distinct([country.demonyms.eng?.m ?? '', country.demonyms.eng?.f ?? ''], []),
  otherNames: distinct(
    [country.name.official, ...country.altSpellings.filter((spelling) => !spelling.includes(', '))],
    [country.name.common, country.cca2],
  ),
}))

// Like Payload's own: an array row's id is 24 hex digits.
export const arrayRowId = (): string => randomBytes(12).toString('hex')

export type StoredCountry = { isoCode: string; name: string; slug: string }

/**
 * What to add beside what is stored: a country found by its code is the editors' and keeps its
 * name, region and slug; one whose name or slug another already holds is left for an editor.
 */
export function plan(stored: readonly StoredCountry[]): { add: CountryToAdd[]; spellingsFor: CountryToAdd[] } {
  // A new database is filled by the seed or a restore, and a restore takes only an empty one.
  if (stored.length === 0) return { add: [], spellingsFor: [] }
  const byCode = new Set(stored.map((country) => country.isoCode))
  const names = new Set(stored.map((country) => country.name))
  const slugs = new Set(stored.map((country) => country.slug))
  const add: CountryToAdd[] = []
  const spellingsFor: CountryToAdd[] = []
  for (const country of COUNTRIES_TO_ADD) {
    if (byCode.has(country.isoCode)) spellingsFor.push(country)
    else if (!names.has(country.name) && !slugs.has(country.slug)) {
      add.push(country)
      names.add(country.name)
      slugs.add(country.slug)
    }
  }
  return { add, spellingsFor }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`countries_demonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_demonyms_order_idx\` ON \`countries_demonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`countries_demonyms_parent_id_idx\` ON \`countries_demonyms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`countries_other_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_other_names_order_idx\` ON \`countries_other_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`countries_other_names_parent_id_idx\` ON \`countries_other_names\` (\`_parent_id\`);`)

  const stored = await db.all<{ id: number; isoCode: string; name: string; slug: string }>(
    sql`SELECT "id", "iso_code" AS "isoCode", "name", "slug" FROM \`countries\``,
  )
  const { add, spellingsFor } = plan(stored)
  // In batches of a few hundred values: one statement each, within SQLite's limit on bound values.
  for (const batch of batchesOf(add)) {
    const values = batch.map((country) => sql`(${country.name}, ${country.isoCode}, ${country.slug}, ${country.region})`)
    await db.run(sql`INSERT INTO \`countries\` ("name", "iso_code", "slug", "region") VALUES ${sql.join(values, sql`, `)}`)
  }
  const ids = await db.all<{ id: number; isoCode: string }>(sql`SELECT "id", "iso_code" AS "isoCode" FROM \`countries\``)
  const idOf = new Map(ids.map((country) => [country.isoCode, country.id]))
  // The lists are new, so no editor has written in them yet, not even on the countries they kept.
  const listRows = (list: 'demonyms' | 'otherNames') =>
    [...spellingsFor, ...add].flatMap((country) =>
      country[list].map((name, order) => sql`(${order + 1}, ${idOf.get(country.isoCode)!}, ${arrayRowId()}, ${name})`),
    )
  for (const batch of batchesOf(listRows('demonyms'))) {
    await db.run(sql`INSERT INTO \`countries_demonyms\` ("_order", "_parent_id", "id", "name") VALUES ${sql.join(batch, sql`, `)}`)
  }
  for (const batch of batchesOf(listRows('otherNames'))) {
    await db.run(sql`INSERT INTO \`countries_other_names\` ("_order", "_parent_id", "id", "name") VALUES ${sql.join(batch, sql`, `)}`)
  }
}

function batchesOf<T>(items: readonly T[], size = 200): T[][] {
  const batches: T[][] = []
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size))
  return batches
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The countries stay: stories and people may be tagged with them by now.
  await db.run(sql`DROP TABLE \`countries_demonyms\`;`)
  await db.run(sql`DROP TABLE \`countries_other_names\`;`)
}
