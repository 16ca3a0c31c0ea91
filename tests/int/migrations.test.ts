import { sql } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { migrations } from '@/migrations'

import { bootSqlitePayload } from '../support/harness'
import { describeNeeds } from '../support/testDatabase'

let payload: Payload
let cleanup: () => Promise<void>

const migrate = (names: (name: string) => boolean) =>
  payload.db.migrate({ migrations: (migrations as unknown as Migration[]).filter((migration) => names(migration.name)) })

type Drizzle = { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<Record<string, unknown>[]> }
const drizzle = () => (payload.db as unknown as { drizzle: Drizzle }).drizzle
const run = (query: ReturnType<typeof sql>) => drizzle().run(query)
/** Rows straight from the database: between two migrations, Payload's own queries expect the final schema. */
const rows = (query: ReturnType<typeof sql>) => drizzle().all(query)

const OPENING_RENAME = '20261201_090820_opening_paragraphs'
const AUTHORS = '20261201_094128_roles_review_authors'
const SECTIONS = '20261201_100517_sections'
const AUTHOR_PAGES = '20261201_142506_author_pages'
const READER_EMAIL_VERIFIED = '20261201_164953_reader_email_verified'
const EVERY_COUNTRY = '20261207_203426_every_country'

/**
 * Each migration that changes stored data, run on a database holding what editors
 * had saved before it: nothing they saved may be lost.
 */
describeNeeds('the SQLite schema', 'the committed SQLite migrations', () => {
  beforeAll(async () => {
    ;({ payload, cleanup } = await bootSqlitePayload({ migrate: false }))
  })
  afterAll(async () => cleanup?.())

  it('keep the editors’ opening length when its setting is renamed', async () => {
    await migrate((name) => name < OPENING_RENAME)
    // The paywall settings as an editor saved them before the rename.
    await run(
      sql`INSERT INTO paywall_settings (free_articles, registered_free_articles, window_days, preview_paragraphs, gate_heading, gate_message, updated_at, created_at)
          VALUES (3, 5, 30, 4, 'Heading', 'Message', '2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z')`,
    )
    await migrate((name) => name === OPENING_RENAME)
    const settings = await payload.findGlobal({ slug: 'paywall-settings', overrideAccess: true })
    expect(settings.openingParagraphs).toBe(4)
  })

  it('make a story’s one author the first of its authors, in the story and in its versions', async () => {
    // A story and one version of it, as they were stored with a single author.
    await run(sql`INSERT INTO users (id, name, role, email) VALUES (7, 'Jo Journalist', 'journalist', 'jo@newsroom.test')`)
    await run(sql`INSERT INTO articles (id, title, dek, body, slug, section, author_id, byline, _status) VALUES (11, 'Old story', 'Dek', '{"root":{"type":"root","children":[]}}', 'old-story', 'Test', 7, 'Jo Journalist', 'published')`)
    await run(sql`INSERT INTO _articles_v (id, parent_id, version_title, version_slug, version_author_id, version__status, latest) VALUES (21, 11, 'Old story', 'old-story', 7, 'published', 1)`)

    await migrate((name) => name === AUTHORS)
    expect(await rows(sql`SELECT "order", "parent_id", "path", "users_id" FROM articles_rels WHERE path = 'authors'`)).toEqual([
      { order: 1, parent_id: 11, path: 'authors', users_id: 7 },
    ])
    expect(await rows(sql`SELECT "parent_id", "path", "users_id" FROM _articles_v_rels WHERE path = 'version.authors'`)).toEqual([
      { parent_id: 21, path: 'version.authors', users_id: 7 },
    ])
  })

  it('turn the free-typed sections into the editors’ list, each once, and file every story and version under its own', async () => {
    await migrate((name) => name > AUTHORS && name < SECTIONS)
    await run(sql`INSERT INTO articles (id, title, dek, body, slug, section, _status) VALUES (12, 'Another', 'Dek', '{"root":{"type":"root","children":[]}}', 'another', 'Latin America', 'published')`)
    await run(sql`INSERT INTO _articles_v (id, parent_id, version_title, version_slug, version_section, version__status, latest) VALUES (22, 12, 'Another', 'another', 'Old Desk', 'draft', 0)`)
    // Story 11 (the test above) is filed under "Test".

    await migrate((name) => name === SECTIONS)
    expect(await rows(sql`SELECT "name", "slug" FROM sections ORDER BY "name"`)).toEqual([
      { name: 'Latin America', slug: 'latin-america' },
      { name: 'Old Desk', slug: 'old-desk' },
      { name: 'Test', slug: 'test' },
    ])
    expect(
      await rows(sql`SELECT a."id", s."name" FROM articles a JOIN sections s ON s."id" = a."section_id" ORDER BY a."id"`),
    ).toEqual([
      { id: 11, name: 'Test' },
      { id: 12, name: 'Latin America' },
    ])
    expect(await rows(sql`SELECT s."name" FROM _articles_v v JOIN sections s ON s."id" = v."version_section_id" WHERE v."id" = 22`)).toEqual([
      { name: 'Old Desk' },
    ])
  })

  it('run down again without losing the sections’ names', async () => {
    const sections = (migrations as unknown as Migration[]).find((migration) => migration.name === SECTIONS)!
    await sections.down({ db: drizzle(), payload, req: {} } as never)
    // As Payload's own migrate:down does, forget that it ran.
    await run(sql`DELETE FROM payload_migrations WHERE name = ${SECTIONS}`)
    expect(await rows(sql`SELECT "id", "section" FROM articles ORDER BY "id"`)).toEqual([
      { id: 11, section: 'Test' },
      { id: 12, section: 'Latin America' },
    ])
    expect(await rows(sql`SELECT "version_section" FROM _articles_v WHERE "id" = 22`)).toEqual([{ version_section: 'Old Desk' }])
  })

  it('give the staff who were there an author page address from their name, a different one each', async () => {
    await run(sql`INSERT INTO users (id, name, role, email) VALUES (8, 'Jo Journalist', 'journalist', 'jo.two@newsroom.test')`)
    await migrate((name) => name <= AUTHOR_PAGES)
    expect(await rows(sql`SELECT "id", "slug" FROM users ORDER BY id`)).toEqual([
      { id: 7, slug: 'jo-journalist' },
      { id: 8, slug: 'jo-journalist-2' },
    ])
  })

  it('count the addresses of readers from before confirmation links as confirmed since their account was made', async () => {
    await run(sql`INSERT INTO readers (id, name, email, subscription_plan, subscription_status, created_at, updated_at) VALUES (3, 'Old Reader', 'old@example.com', 'free', 'none', '2026-11-29T10:00:00.000Z', '2026-11-29T10:00:00.000Z')`)
    await migrate((name) => name <= READER_EMAIL_VERIFIED)
    expect(await rows(sql`SELECT "id", "email_verified_at" FROM readers`)).toEqual([{ id: 3, email_verified_at: '2026-11-29T10:00:00.000Z' }])
  })

  it('add every country, keeping the ids, names, desks and slugs of those editors had', async () => {
    await migrate((name) => name > READER_EMAIL_VERIFIED && name < EVERY_COUNTRY)
    // Bolivia as an editor had renamed it; a country of the newsroom's own under a code ISO leaves free.
    await run(sql`INSERT INTO countries (id, name, iso_code, slug, region) VALUES (40, 'Bolivia (Plurinational State)', 'BO', 'bolivia-ps', 'Africa'), (41, 'Freedonia', 'XF', 'freedonia', NULL)`)
    await migrate((name) => name === EVERY_COUNTRY)

    expect((await rows(sql`SELECT count(*) AS "count" FROM countries`))[0]!.count).toBeGreaterThanOrEqual(249)
    expect(await rows(sql`SELECT "id", "name", "slug", "region" FROM countries WHERE "iso_code" IN ('BO', 'XF') ORDER BY "id"`)).toEqual([
      { id: 40, name: 'Bolivia (Plurinational State)', slug: 'bolivia-ps', region: 'Africa' },
      { id: 41, name: 'Freedonia', slug: 'freedonia', region: null },
    ])
    expect(await rows(sql`SELECT "name" FROM countries_demonyms WHERE "_parent_id" = 40`)).toEqual([{ name: 'Bolivian' }])
    expect(await rows(sql`SELECT "name", "slug", "region" FROM countries WHERE "iso_code" = 'PE'`)).toEqual([
      { name: 'Peru', slug: 'peru', region: 'Latin America' },
    ])
  })

  it('end, all of them run, in a database Payload reads as it stands today', async () => {
    await migrate(() => true)
    const story = await payload.findByID({ collection: 'articles', id: 11, depth: 1, overrideAccess: true })
    expect(story.authors).toMatchObject([{ id: 7, name: 'Jo Journalist' }])
    expect(story.section).toMatchObject({ name: 'Test', slug: 'test' })
    const { docs: versions } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: 12 } }, depth: 1, overrideAccess: true })
    expect(versions.map((version) => (version.version.section as { name: string }).name)).toEqual(['Old Desk'])
  })
})
