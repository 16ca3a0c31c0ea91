// `npm run seed`: safe to run again, as it creates only what is missing.
import { loadEnvFiles } from '../lib/platform/envFiles'
import { getPayload } from 'payload'

import { databaseKind } from '../lib/platform/database'
import { migrateSqlite } from '../lib/platform/databaseAdapter'
import { serverEnv } from '../lib/platform/env'

import { seed, SEED_TARGETS } from './index'

// The config validates the environment when it is imported, so .env must be loaded first.
loadEnvFiles()

try {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  if (databaseKind(serverEnv().DATABASE_URI) === 'sqlite') {
    // A fresh SQLite file has no tables yet; MongoDB needs no schema.
    await migrateSqlite(payload)
  }

  const summary = await seed(payload, console.log)
  const created = SEED_TARGETS.reduce((total, target) => total + summary[target].created, 0)
  const unchanged = SEED_TARGETS.reduce((total, target) => total + summary[target].unchanged, 0)
  console.log(`Seed complete: ${created} created, ${unchanged} unchanged.`)
  for (const target of SEED_TARGETS) {
    console.log(`  ${target.padEnd(16)} ${summary[target].created} created, ${summary[target].unchanged} unchanged`)
  }
  // Payload keeps database handles open.
  process.exit(0)
} catch (error) {
  console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
