import { sql } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@/migrations'

import { bootPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload({ migrate: false }))
})
afterAll(async () => cleanup?.())

const migrate = (names: (name: string) => boolean) =>
  payload.db.migrate({ migrations: (migrations as unknown as Migration[]).filter((migration) => names(migration.name)) })

const run = (query: ReturnType<typeof sql>) =>
  (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle.run(query)

const OPENING_RENAME = '20261201_090820_opening_paragraphs'
const AUTHORS = '20261201_094128_roles_review_authors'

/**
 * Each migration that changes stored data, run on a database holding what editors
 * had saved before it: nothing they saved may be lost.
 */
describe('the committed SQLite migrations', () => {
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
    const story = await payload.findByID({ collection: 'articles', id: 11, depth: 0, overrideAccess: true })
    expect(story.authors).toEqual([7])
    expect(story.byline).toBe('Jo Journalist')
    const { docs: versions } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: 11 } }, depth: 0, overrideAccess: true })
    expect(versions.map((version) => version.version.authors)).toEqual([[7]])
  })
})
