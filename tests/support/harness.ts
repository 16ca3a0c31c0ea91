import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { bootMongoPayload } from './mongoHarness'
import { TEST_DATABASE } from './testDatabase'

export type BootedPayload = { payload: Payload; dir: string; cleanup: () => Promise<void> }

/**
 * A real Payload on a database of its own, one per test file: SQLite, or MongoDB when the
 * suite runs with TEST_DATABASE=mongodb (`npm run test:mongo`; ./testDatabase.ts).
 */
export async function bootPayload(): Promise<BootedPayload> {
  return TEST_DATABASE === 'mongodb' ? bootMongoPayload() : bootSqlitePayload()
}

/**
 * A real Payload on a brand-new SQLite file, migrated with the committed
 * migrations exactly as production is (`migrate: false` leaves the file empty, for
 * tests of the migrations themselves).
 */
export async function bootSqlitePayload(options: { migrate?: boolean } = {}): Promise<BootedPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-int-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'newsroom.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')

  const { default: config } = await import('@payload-config')
  const { migrateSqlite } = await import('@/lib/platform/databaseAdapter')
  const payload = await getPayload({ config, key: dir })
  if (options.migrate ?? true) await migrateSqlite(payload)

  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
