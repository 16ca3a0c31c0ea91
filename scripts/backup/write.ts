import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { databaseKindOf } from '@/lib/platform/database'

import { compareIds } from './ids'
import { contentCollections, PASSWORD_FIELDS, SESSION_FIELDS, uploadedFiles } from './content'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_FILE,
  sha256Of,
  type CollectionFile,
  type GlobalFile,
  type Manifest,
  type VersionsFile,
} from './manifest'
import type { DocumentId } from './references'
import { uploadStoreOf } from './uploadStore'

export type BackupSummary = {
  manifest: Manifest
  missingUploads: string[]
  // A backup does not hold them: they must be scheduled again after a restore.
  pendingJobs: number
}

type Doc = Record<string, unknown> & { id: DocumentId }

// Read as stored, through the adapter: no hooks, no access rules, no population.
export async function writeBackup(payload: Payload, dir: string, options: { withPasswordHashes: boolean }): Promise<BackupSummary> {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: a backup goes into a new or empty folder`)
  fs.mkdirSync(dir, { recursive: true })

  const files: Manifest['files'] = []
  const write = (relative: string, content: Uint8Array): string => {
    const target = path.join(dir, relative)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, content)
    files.push({ path: relative, sha256: sha256Of(content), bytes: content.byteLength })
    return relative
  }
  const writeJson = (relative: string, value: unknown) => write(relative, Buffer.from(`${JSON.stringify(value, null, 1)}\n`))

  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    source: { database: databaseKindOf(payload) },
    passwordHashes: options.withPasswordHashes,
    collections: [],
    versions: [],
    globals: [],
    uploads: [],
    files,
  }
  const missingUploads: string[] = []

  for (const collection of contentCollections(payload)) {
    const slug = collection.slug as CollectionSlug
    // Joins are read from the other side (a quote names its story): nothing to store.
    const { docs } = await payload.db.find({ collection: slug, pagination: false, limit: 0, joins: false as unknown as undefined })
    const withheld = collection.auth ? [...SESSION_FIELDS, ...(options.withPasswordHashes ? [] : PASSWORD_FIELDS)] : []
    const documents = (docs as Doc[]).map((doc) => withoutKeys(doc, withheld) as Doc).sort((a, b) => compareIds(a.id, b.id))
    const file: CollectionFile = { collection: slug, documents }
    manifest.collections.push({ slug, documents: documents.length, file: writeJson(`collections/${slug}.json`, file) })

    if (collection.versions) {
      const { docs: stored } = await payload.db.findVersions({ collection: slug, pagination: false, limit: 0 })
      const versions = stored
        // A restore marks `latest` again by writing versions oldest first.
        .map(({ id: _id, latest: _latest, ...version }) => ({
          ...version,
          version: withoutKeys(version.version as Record<string, unknown>, ['id', ...withheld]),
        }))
        .sort(
          (a, b) =>
            compareIds(a.parent as DocumentId, b.parent as DocumentId) || a.updatedAt.localeCompare(b.updatedAt) || a.createdAt.localeCompare(b.createdAt),
        )
      const versionsFile = { collection: slug, versions } as VersionsFile
      manifest.versions.push({ collection: slug, versions: versions.length, file: writeJson(`versions/${slug}.json`, versionsFile) })
    }

    const store = uploadStoreOf(collection)
    if (store) {
      for (const file of documents.flatMap(uploadedFiles)) {
        const content = await store.read(file)
        if (!content) {
          missingUploads.push(`${slug}/${file.filename}`)
          continue
        }
        manifest.uploads.push({ collection: slug, filename: file.filename, file: write(`files/${slug}/${file.filename}`, content) })
      }
    }
  }

  for (const global of payload.config.globals) {
    const stored = (await payload.db.findGlobal({ slug: global.slug as GlobalSlug })) as Record<string, unknown> | null
    if (!isStored(stored)) continue
    const file: GlobalFile = { global: global.slug, data: withoutKeys(stored, ['id', 'globalType']) }
    manifest.globals.push({ slug: global.slug, file: writeJson(`globals/${global.slug}.json`, file) })
  }

  const { totalDocs: pendingJobs } = await payload.db.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })

  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`)
  return { manifest, missingUploads, pendingJobs }
}

// An unsaved global reads as nothing, or as its type alone.
export const isStored = (global: Record<string, unknown> | null | undefined): global is Record<string, unknown> =>
  Boolean(global && (global.createdAt || global.updatedAt))

function withoutKeys(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key, entry]) => !keys.includes(key) && entry !== undefined))
}
