import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'

import { databaseKind } from './database'

/**
 * MongoDB in production (docker-compose), embedded SQLite everywhere else.
 * SQLite schema changes go through committed migrations, never Drizzle "push":
 * a pushed database makes `payload migrate` stop at an interactive prompt.
 */
export function databaseAdapter(args: {
  uri: string
  projectRoot: string
  sqliteMigrations: Migration[]
}): DatabaseAdapterObj {
  const { uri, projectRoot, sqliteMigrations } = args
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri, migrationDir: path.join(projectRoot, 'migrations', 'mongodb') })
  }
  ensureSqliteDirectory(uri, projectRoot)
  return sqliteAdapter({
    client: { url: uri },
    push: false,
    migrationDir: path.join(projectRoot, 'migrations'),
    prodMigrations: sqliteMigrations,
  })
}

function ensureSqliteDirectory(uri: string, projectRoot: string): void {
  const file = uri.slice('file:'.length)
  if (file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(projectRoot, file)), { recursive: true })
}
