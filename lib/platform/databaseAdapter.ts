import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '@/migrations'
import { mongoMigrations } from '@/migrations/mongodb'

import { databaseKind } from './database'

/**
 * MongoDB in production (docker-compose), embedded SQLite everywhere else.
 * SQLite schema changes go through committed migrations, never Drizzle "push":
 * a pushed database makes `payload migrate` stop at an interactive prompt.
 */
const SQLITE_BUSY_TIMEOUT_MS = 5_000

export function databaseAdapter(args: { uri: string; projectRoot: string }): DatabaseAdapterObj {
  const { uri, projectRoot } = args
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({
      url: uri,
      migrationDir: path.join(projectRoot, 'migrations', 'mongodb'),
      prodMigrations: mongoMigrations,
    })
  }
  ensureSqliteDirectory(uri, projectRoot)
  return sqliteAdapter({
    client: { url: uri },
    // Another process writing (the seed, an import, a restore) holds the file's lock for a moment:
    // wait for it, rather than failing the reader's page with SQLITE_BUSY at once.
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    push: false,
    migrationDir: path.join(projectRoot, 'migrations'),
    prodMigrations: migrations,
  })
}

function ensureSqliteDirectory(uri: string, projectRoot: string): void {
  const file = uri.slice('file:'.length)
  if (file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(projectRoot, file)), { recursive: true })
}

/**
 * Applies the committed SQLite migrations (already-applied ones are skipped).
 * `next start` does this itself through `prodMigrations`; scripts and tests call it.
 */
export async function migrateSqlite(payload: Payload): Promise<void> {
  // Generated migrations type their arguments precisely; Payload's Migration type takes `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
