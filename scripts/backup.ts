/**
 * `npm run backup -- DIR [--with-password-hashes]` (docs/data.md).
 * Accounts are written without their password hashes unless the flag is given.
 */
import { parseArgs } from 'node:util'

import { loadEnvFiles } from '../lib/platform/envFiles'
import { getPayload } from 'payload'
import { z } from 'zod'

import { writeBackup } from './backup/write'

const USAGE = 'Usage: npm run backup -- DIR [--with-password-hashes]'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

let parsed
try {
  parsed = parseArgs({ allowPositionals: true, options: { 'with-password-hashes': { type: 'boolean', default: false } } })
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`)
}
const dir = z.string().min(1).safeParse(parsed.positionals[0])
if (!dir.success || parsed.positionals.length !== 1) fail(`Name one folder to write the backup into.\n${USAGE}`)
const withPasswordHashes = parsed.values['with-password-hashes']

loadEnvFiles()
try {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const { manifest, missingUploads, pendingJobs } = await writeBackup(payload, dir.data, { withPasswordHashes })
  console.log(`Backup of the ${manifest.source.database} database written to ${dir.data}:`)
  for (const { slug, documents } of manifest.collections) console.log(`  ${slug.padEnd(18)} ${documents} document(s)`)
  for (const { collection, versions } of manifest.versions) console.log(`  ${`${collection} versions`.padEnd(18)} ${versions}`)
  console.log(`  globals            ${manifest.globals.map((global) => global.slug).join(', ') || 'none set'}`)
  console.log(`  uploaded files     ${manifest.uploads.length}`)
  for (const missing of missingUploads) console.warn(`  Not in the media storage (folder or bucket), so not in the backup: ${missing}`)
  if (pendingJobs > 0) console.warn(`${pendingJobs} job(s) waiting to run (scheduled publishing) are not in the backup: schedule them again after a restore.`)
  console.log(
    withPasswordHashes
      ? 'Password hashes are included: keep this folder as safe as the database.'
      : 'Password hashes are not included (--with-password-hashes adds them): restored accounts will have to reset their password.',
  )
  process.exit(0)
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
