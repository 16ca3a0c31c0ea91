import fs from 'node:fs'
import path from 'node:path'

import {
  createLocalReq,
  type CollectionSlug,
  type FlattenedField,
  type GlobalSlug,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'
import type { z } from 'zod'

import { databaseKindOf } from '@/lib/platform/database'

import { contentCollections, richTextBlocksOf, uploadedFiles, type UploadedFile } from './content'
import { objectIdGenerator, planIds } from './ids'
import {
  collectionFileSchema,
  fileProblems,
  globalFileSchema,
  MANIFEST_FILE,
  parseManifest,
  sha256Of,
  versionsFileSchema,
  type CollectionFile,
  type GlobalFile,
  type Manifest,
  type VersionsFile,
} from './manifest'
import { deferredFields, restoreOrder, type FieldTargets } from './order'
import { foreignKeyTargets, mapReferences, type DanglingReference, type DocumentId } from './references'
import { uploadStoreOf } from './uploadStore'
import { isStored } from './write'

// Nothing has been written.
export class BackupRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`The backup was not restored (nothing was written):\n${problems.map((problem) => `- ${problem}`).join('\n')}`)
  }
}

export type LoadedBackup = {
  dir: string
  manifest: Manifest
  collections: CollectionFile[]
  versions: VersionsFile[]
  globals: GlobalFile[]
}

export type RestoreSummary = {
  documents: Record<string, number>
  versions: Record<string, number>
  globals: string[]
  uploads: number
  // Already broken in the source: left out.
  dangling: (DanglingReference & { in: string })[]
  // The backup holds no hashes: they must reset their password.
  accountsWithoutPassword: number
}

export function readBackup(dir: string): LoadedBackup {
  const manifestPath = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(manifestPath)) throw new BackupRefused([`${dir} holds no ${MANIFEST_FILE}: it is not a backup, or not all of one`])
  const parsed = parseManifest(fs.readFileSync(manifestPath, 'utf8'))
  if (!parsed.ok) throw new BackupRefused([parsed.error])
  const { manifest } = parsed

  const contents = new Map<string, Buffer>()
  const read = (relative: string): Buffer | null => {
    const file = path.join(dir, relative)
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return null
    const content = fs.readFileSync(file)
    contents.set(relative, content)
    return content
  }
  const problems = fileProblems(manifest, read)
  if (problems.length > 0) throw new BackupRefused(problems)

  const parseFile = <Schema extends z.ZodType>(relative: string, schema: Schema): z.infer<Schema> | null => {
    let json: unknown
    try {
      json = JSON.parse(contents.get(relative)!.toString('utf8'))
    } catch {
      problems.push(`${relative} is not JSON`)
      return null
    }
    const result = schema.safeParse(json)
    if (!result.success) problems.push(`${relative} is not what the manifest says it holds: ${result.error.issues[0]?.message ?? 'invalid'}`)
    return result.success ? result.data : null
  }

  const collections: CollectionFile[] = []
  for (const entry of manifest.collections) {
    const file = parseFile(entry.file, collectionFileSchema)
    if (!file) continue
    if (file.collection !== entry.slug || file.documents.length !== entry.documents)
      problems.push(`${entry.file} does not hold the ${entry.documents} ${entry.slug} the manifest lists`)
    if (new Set(file.documents.map((doc) => String(doc.id))).size !== file.documents.length) problems.push(`${entry.file} holds a document twice`)
    collections.push(file)
  }
  const versions: VersionsFile[] = []
  for (const entry of manifest.versions) {
    const file = parseFile(entry.file, versionsFileSchema)
    if (!file) continue
    if (file.collection !== entry.collection || file.versions.length !== entry.versions)
      problems.push(`${entry.file} does not hold the ${entry.versions} versions the manifest lists`)
    versions.push(file)
  }
  const globals: GlobalFile[] = []
  for (const entry of manifest.globals) {
    const file = parseFile(entry.file, globalFileSchema)
    if (!file) continue
    if (file.global !== entry.slug) problems.push(`${entry.file} does not hold the global ${entry.slug}`)
    globals.push(file)
  }
  for (const file of versions) {
    const parents = new Set(collections.find((entry) => entry.collection === file.collection)?.documents.map((doc) => String(doc.id)))
    if (file.versions.some((version) => !parents.has(String(version.parent))))
      problems.push(`versions of ${file.collection} name a document the backup does not hold`)
  }
  for (const upload of manifest.uploads) {
    if (!uploadedFileOf({ collections }, upload)) problems.push(`${upload.file} is a file no document of ${upload.collection} names`)
  }
  if (problems.length > 0) throw new BackupRefused(problems)
  return { dir, manifest, collections, versions, globals }
}

// It says where the file goes: its folder in a bucket, its type.
function uploadedFileOf(backup: Pick<LoadedBackup, 'collections'>, upload: Manifest['uploads'][number]): UploadedFile | undefined {
  const documents = backup.collections.find((file) => file.collection === upload.collection)?.documents ?? []
  return documents.flatMap(uploadedFiles).find((file) => file.filename === upload.filename)
}

async function targetProblems(payload: Payload, backup: LoadedBackup): Promise<string[]> {
  const problems: string[] = []
  const known = new Map<string, SanitizedCollectionConfig>(contentCollections(payload).map((collection) => [collection.slug, collection]))
  for (const { collection } of backup.collections)
    if (!known.has(collection)) problems.push(`the backup holds ${collection}, a collection this site does not have`)
  for (const { collection } of backup.versions)
    if (!known.get(collection)?.versions) problems.push(`the backup holds versions of ${collection}, which keeps none here`)
  for (const { global } of backup.globals)
    if (!payload.config.globals.some((candidate) => candidate.slug === global))
      problems.push(`the backup holds the global ${global}, which this site does not have`)
  for (const upload of backup.manifest.uploads) {
    const collection = known.get(upload.collection)
    const store = collection && uploadStoreOf(collection)
    if (!store) {
      problems.push(`the backup holds files of ${upload.collection}, which keeps no uploads here`)
      continue
    }
    const file = uploadedFileOf(backup, upload)!
    const existing = await store.read(file)
    const expected = backup.manifest.files.find((entry) => entry.path === upload.file)
    if (existing && sha256Of(existing) !== expected?.sha256) problems.push(`${store.locate(file)} already exists with other content`)
  }
  if (problems.length > 0) return problems

  for (const collection of known.values()) {
    const slug = collection.slug as CollectionSlug
    const { totalDocs } = await payload.db.count({ collection: slug })
    if (totalDocs > 0) problems.push(`the database is not empty: ${slug} holds ${totalDocs} document(s)`)
    if (collection.versions && (await payload.db.countVersions({ collection: slug })).totalDocs > 0)
      problems.push(`the database is not empty: ${slug} has versions`)
  }
  for (const global of payload.config.globals) {
    if (isStored((await payload.db.findGlobal({ slug: global.slug as GlobalSlug })) as Record<string, unknown> | null))
      problems.push(`the database is not empty: the global ${global.slug} is set`)
  }
  return problems
}

type PlannedDocument = { id: DocumentId; data: Record<string, unknown>; deferred: Record<string, unknown> }
type PlannedVersion = { parent: DocumentId; versionData: Record<string, unknown>; createdAt: string; updatedAt: string; autosave: boolean }
type RestorePlan = {
  order: string[]
  documents: Map<string, PlannedDocument[]>
  versions: { collection: string; versions: PlannedVersion[] }[]
  globals: { slug: string; data: Record<string, unknown> }[]
  dangling: RestoreSummary['dangling']
}

/**
 * Into an empty database of either kind. Everything is read, checked and planned before the first
 * write, so a refused backup leaves nothing written. Written as stored, through the adapter: no
 * hooks run, so nothing is re-derived (search entries, bylines, redirects come from the backup).
 */
export async function restoreBackup(payload: Payload, dir: string): Promise<RestoreSummary> {
  const backup = readBackup(dir)
  const problems = await targetProblems(payload, backup)
  if (problems.length > 0) throw new BackupRefused(problems)
  const plan = planRestore(payload, backup)

  const req = await createLocalReq({}, payload)
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  if (transactionID !== undefined) req.transactionID = transactionID
  try {
    await writePlanned(payload, req, plan)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    const written = transactionID !== undefined ? 'nothing was kept' : 'what was written before stays: empty the database before trying again'
    throw new Error(`The restore failed part way (${written}): ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }

  const collections = new Map(contentCollections(payload).map((collection) => [collection.slug as string, collection]))
  for (const upload of backup.manifest.uploads) {
    const store = uploadStoreOf(collections.get(upload.collection)!)!
    await store.write(uploadedFileOf(backup, upload)!, fs.readFileSync(path.join(dir, upload.file)))
  }
  const authCollections = new Set(
    contentCollections(payload)
      .filter((collection) => collection.auth)
      .map((collection) => collection.slug as string),
  )
  return {
    documents: Object.fromEntries(plan.order.map((collection) => [collection, plan.documents.get(collection)?.length ?? 0])),
    versions: Object.fromEntries(plan.versions.map(({ collection, versions }) => [collection, versions.length])),
    globals: plan.globals.map((global) => global.slug),
    uploads: backup.manifest.uploads.length,
    dangling: plan.dangling,
    accountsWithoutPassword: backup.manifest.passwordHashes
      ? 0
      : backup.collections.filter(({ collection }) => authCollections.has(collection)).reduce((total, { documents }) => total + documents.length, 0),
  }
}

function planRestore(payload: Payload, backup: LoadedBackup): RestorePlan {
  const configs = new Map<string, SanitizedCollectionConfig>(contentCollections(payload).map((collection) => [collection.slug, collection]))
  const fieldsOf = (collection: string) => configs.get(collection)!.flattenedFields
  const ids = planIds({
    sources: backup.collections.map(({ collection, documents }) => ({ collection, ids: documents.map((doc) => doc.id) })),
    target: databaseKindOf(payload),
    newObjectId: objectIdGenerator(),
  })
  const references: FieldTargets = new Map(backup.collections.map(({ collection }) => [collection, foreignKeyTargets(fieldsOf(collection))]))
  const order = restoreOrder(references)
  const deferred = deferredFields(order, references)

  const dangling: RestoreSummary['dangling'] = []
  const remap = (fields: FlattenedField[], data: Record<string, unknown>, where: string) => {
    const mapped = mapReferences({ fields, data, resolve: ids.resolve, richTextBlocksOf })
    dangling.push(...mapped.dangling.map((reference) => ({ ...reference, in: where })))
    return mapped.data
  }

  const documents = new Map<string, PlannedDocument[]>()
  for (const { collection, documents: stored } of backup.collections) {
    const later = deferred.get(collection) ?? []
    documents.set(
      collection,
      stored.map(({ id, ...doc }) => {
        const data = remap(fieldsOf(collection), doc, `${collection} ${String(id)}`)
        const deferredData = Object.fromEntries(later.filter((field) => field in data).map((field) => [field, data[field]]))
        for (const field of later) delete data[field]
        return { id: ids.of(collection, id), data, deferred: deferredData }
      }),
    )
  }
  const versions = backup.versions.map(({ collection, versions: stored }) => ({
    collection,
    versions: stored
      .map(({ parent, version, createdAt, updatedAt, autosave, publishedLocale, snapshot }) => ({
        parent: ids.of(collection, parent),
        versionData: remap(fieldsOf(collection), version, `a version of ${collection} ${String(parent)}`),
        createdAt,
        updatedAt,
        autosave: autosave === true,
        ...(typeof publishedLocale === 'string' ? { publishedLocale } : {}),
        ...(snapshot === true ? { snapshot: true } : {}),
      }))
      // Each version written becomes the latest: oldest first leaves the newest latest.
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
  }))
  const globals = backup.globals.map(({ global, data }) => ({
    slug: global,
    data: remap(payload.config.globals.find((candidate) => candidate.slug === global)!.flattenedFields, data, `the global ${global}`),
  }))
  return { order, documents, versions, globals, dangling }
}

async function writePlanned(payload: Payload, req: PayloadRequest, plan: RestorePlan): Promise<void> {
  for (const collection of plan.order) {
    for (const doc of plan.documents.get(collection) ?? []) {
      await payload.db.create({ collection: collection as CollectionSlug, customID: doc.id, data: doc.data, req, returning: false })
    }
  }
  // The references that could not point backwards (scripts/backup/order.ts).
  for (const collection of plan.order) {
    for (const doc of plan.documents.get(collection) ?? []) {
      if (Object.keys(doc.deferred).length === 0) continue
      const data = { ...doc.deferred, updatedAt: doc.data.updatedAt }
      await payload.db.updateOne({ collection: collection as CollectionSlug, id: doc.id, data, req, returning: false })
    }
  }
  for (const { collection, versions } of plan.versions) {
    for (const version of versions) await payload.db.createVersion({ collectionSlug: collection as CollectionSlug, ...version, req, returning: false })
  }
  for (const { slug, data } of plan.globals) {
    // SQLite's adapter dates a new global's creation now, whatever it is given.
    await payload.db.createGlobal({ slug, data, req, returning: false })
  }
}
