// `npm run restore -- DIR` (docs/data.md): into an empty database, a fresh SQLite file migrated first.
import { parseArgs } from 'node:util'

import { loadEnvFiles } from '../lib/platform/envFiles'
import { getPayload } from 'payload'
import { z } from 'zod'

import { BackupRefused, restoreBackup } from './backup/restore'
import { databaseKind } from '../lib/platform/database'
import { migrateSqlite } from '../lib/platform/databaseAdapter'
import { serverEnv } from '../lib/platform/env'

const USAGE = 'Usage: npm run restore -- DIR'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

let parsed
try {
  parsed = parseArgs({ allowPositionals: true, options: {} })
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`)
}
const dir = z.string().min(1).safeParse(parsed.positionals[0])
if (!dir.success || parsed.positionals.length !== 1) fail(`Name the backup folder to restore.\n${USAGE}`)

loadEnvFiles()
try {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  if (databaseKind(serverEnv().DATABASE_URI) === 'sqlite') await migrateSqlite(payload)
  const summary = await restoreBackup(payload, dir.data)
  console.log(`Restored ${dir.data}:`)
  for (const [collection, count] of Object.entries(summary.documents)) console.log(`  ${collection.padEnd(18)} ${count} document(s)`)
  for (const [collection, count] of Object.entries(summary.versions)) console.log(`  ${`${collection} versions`.padEnd(18)} ${count}`)
  console.log(`  globals            ${summary.globals.join(', ') || 'none'}`)
  console.log(`  uploaded files     ${summary.uploads}`)
  for (const reference of summary.dangling) {
    console.warn(`  Left out: ${reference.in} ${reference.path} named ${reference.collection} ${String(reference.id)}, which the backup does not hold`)
  }
  if (summary.accountsWithoutPassword > 0) {
    console.log(
      `${summary.accountsWithoutPassword} account(s) were restored without a password (the backup holds no hashes): each must reset it before signing in.`,
    )
  }
  process.exit(0)
} catch (error) {
  if (error instanceof BackupRefused) fail(error.message)
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
