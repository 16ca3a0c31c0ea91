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

describe('the committed SQLite migrations', () => {
  it('keep the editors’ opening length when its setting is renamed', async () => {
    const RENAME = '20261201_090820_opening_paragraphs'
    await migrate((name) => name < RENAME)
    // The paywall settings as an editor saved them before the rename.
    const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle
    await db.run(
      sql`INSERT INTO paywall_settings (free_articles, registered_free_articles, window_days, preview_paragraphs, gate_heading, gate_message, updated_at, created_at)
          VALUES (3, 5, 30, 4, 'Heading', 'Message', '2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z')`,
    )

    await migrate((name) => name >= RENAME)
    const settings = await payload.findGlobal({ slug: 'paywall-settings', overrideAccess: true })
    expect(settings.openingParagraphs).toBe(4)
  })
})
