/**
 * `npm run import:story -- FILE --section SLUG [--dek TEXT] [--dry-run]`, for wire copy arriving
 * as files. Saves a draft for review, never publishes: quotes with no speaker wait for a journalist.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { loadEnvFiles } from '../lib/platform/envFiles'
import { getPayload } from 'payload'
import { z } from 'zod'

import { databaseKind } from '../lib/platform/database'
import { migrateSqlite } from '../lib/platform/databaseAdapter'
import { serverEnv } from '../lib/platform/env'
import { acceptEverything, acceptedImportSchema, createImportedDraft, describeImportProblem, knownEntities } from '../newsroom/importDraft'
import { proposeImport } from '../newsroom/importer'

const USAGE = 'Usage: npm run import:story -- FILE --section SLUG [--dek TEXT] [--dry-run]'

const argsSchema = z.object({
  file: z.string().min(1),
  section: z.string().regex(/^[a-z0-9-]{1,64}$/, 'is a section slug such as "politics"').optional(),
  dek: z.string().trim().min(1).max(400).optional(),
  dryRun: z.boolean(),
})

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function readArgs() {
  let parsed
  try {
    parsed = parseArgs({ allowPositionals: true, options: { section: { type: 'string' }, dek: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } })
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`)
  }
  const args = argsSchema.safeParse({ file: parsed.positionals[0], section: parsed.values.section, dek: parsed.values.dek, dryRun: parsed.values['dry-run'] })
  if (!args.success) fail(`${args.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')}\n${USAGE}`)
  if (!args.data.dryRun && !args.data.section) fail(`A draft needs a section (--section SLUG).\n${USAGE}`)
  return args.data
}

// Until a journalist writes one.
const openingSentence = (paragraph: string) => (paragraph.match(/^.+?[.!?]["”’]?(?=\s|$)/)?.[0] ?? paragraph).slice(0, 400)

const args = readArgs()
let text: string
try {
  text = fs.readFileSync(args.file, 'utf8')
} catch (error) {
  fail(`Cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
}

loadEnvFiles()
try {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  // The command prints its own report: only problems from Payload.
  payload.logger.level = 'warn'
  if (databaseKind(serverEnv().DATABASE_URI) === 'sqlite') await migrateSqlite(payload)

  const result = proposeImport(text, await knownEntities(payload))
  if (!result.ok) fail(`${args.file}: ${result.error}`)
  const { proposal } = result
  if (args.dryRun) {
    console.log(JSON.stringify(proposal, null, 2))
    process.exit(0)
  }

  const { docs } = await payload.find({ collection: 'sections', where: { slug: { equals: args.section } }, depth: 0, limit: 1, overrideAccess: true })
  if (!docs[0]) fail(`There is no section "${args.section}". Sections are kept by editors in the admin.`)
  const accepted = acceptedImportSchema.safeParse(acceptEverything(proposal, { dek: args.dek ?? openingSentence(proposal.paragraphs[0]), section: docs[0].id }))
  if (!accepted.success) fail(`The proposal cannot be drafted as it is: ${describeImportProblem(accepted.error)}. Import it in the admin to correct it.`)

  const draft = await createImportedDraft(payload, accepted.data, null)
  const left = proposal.quotes.length - accepted.data.quotes.length
  console.log(`Draft ${draft.id} made: “${proposal.headline}”`)
  console.log(`  ${draft.created.people} people, ${draft.created.quotes} quotes and ${draft.created.countries} countries added to the record`)
  if (left > 0) console.log(`  ${left} quote(s) with no speaker named were left for a journalist to attribute`)
  for (const line of draft.skipped) console.log(`  skipped: ${line}`)
  console.log(`  Review it at /admin/collections/articles/${draft.id}`)
  process.exit(0)
} catch (error) {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
