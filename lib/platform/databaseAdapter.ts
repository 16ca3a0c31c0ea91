import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '@/migrations'
import { mongoMigrations } from '@/migrations/mongodb'

import { databaseKind } from './database'
import { withWriteTurns } from './sqliteWriteTurns'

// Never Drizzle "push": a pushed database makes `payload migrate` stop at an interactive prompt.
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
  return withWriteTurns(
    sqliteAdapter({
      client: { url: uri },
      // Another process writing (the seed, a restore) holds the lock a moment: a page waits, not fails.
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      // A save is all or nothing: a hook that fails after the write undoes it (decision 015).
      transactionOptions: {},
      push: false,
      migrationDir: path.join(projectRoot, 'migrations'),
      prodMigrations: migrations,
    }),
  )
}

function ensureSqliteDirectory(uri: string, projectRoot: string): void {
  const file = uri.slice('file:'.length)
  if (file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(projectRoot, file)), { recursive: true })
}

// `next start` migrates through `prodMigrations`; scripts and tests call this.
export async function migrateSqlite(payload: Payload): Promise<void> {
  // Payload's Migration type takes `unknown`, where generated migrations type their arguments.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
