import { createHash } from 'node:crypto'

import { z } from 'zod'

/**
 * Everything is checked before a restore writes anything: the manifest against this schema,
 * each file against its checksum, each data file against its own schema and count.
 */
export const MANIFEST_FILE = 'manifest.json'
export const BACKUP_FORMAT = 'newsroom-backup'
export const BACKUP_FORMAT_VERSION = 1

// Relative, forward slashes, no `..`: a backup must not write outside its folder.
const relativePath = z
  .string()
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, 'a relative path inside the backup folder')
  .refine((value) => !value.split('/').includes('..'), 'a path inside the backup folder')
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/)
const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const id = z.union([z.number().int().positive(), z.string().regex(/^[0-9a-f]{24}$/)])

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  source: z.strictObject({ database: z.enum(['sqlite', 'mongodb']) }),
  // `--with-password-hashes`
  passwordHashes: z.boolean(),
  collections: z.array(z.strictObject({ slug, documents: z.number().int().nonnegative(), file: relativePath })),
  versions: z.array(z.strictObject({ collection: slug, versions: z.number().int().nonnegative(), file: relativePath })),
  globals: z.array(z.strictObject({ slug, file: relativePath })),
  // Kept under files/<collection>/<filename>.
  uploads: z.array(
    z.strictObject({
      collection: slug,
      filename: z
        .string()
        .regex(/^[^/\\]+$/)
        .refine((name) => name !== '..' && name !== '.'),
      file: relativePath,
    }),
  ),
  files: z.array(z.strictObject({ path: relativePath, sha256, bytes: z.number().int().nonnegative() })),
})
export type Manifest = z.infer<typeof manifestSchema>

const document = z.looseObject({ id })
export const collectionFileSchema = z.strictObject({ collection: slug, documents: z.array(document) })
export const versionsFileSchema = z.strictObject({
  collection: slug,
  versions: z.array(
    z.looseObject({
      parent: id,
      version: z.record(z.string(), z.unknown()),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    }),
  ),
})
export const globalFileSchema = z.strictObject({ global: slug, data: z.record(z.string(), z.unknown()) })

export type CollectionFile = z.infer<typeof collectionFileSchema>
export type VersionsFile = z.infer<typeof versionsFileSchema>
export type GlobalFile = z.infer<typeof globalFileSchema>

export const sha256Of = (content: Uint8Array): string => createHash('sha256').update(content).digest('hex')

// `read` gives null for a missing file.
export function fileProblems(manifest: Manifest, read: (path: string) => Uint8Array | null): string[] {
  const problems: string[] = []
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const file of manifest.files) {
    const content = read(file.path)
    if (content === null) problems.push(`${file.path} is missing`)
    else if (content.byteLength !== file.bytes || sha256Of(content) !== file.sha256) problems.push(`${file.path} does not match its checksum`)
  }
  const named = [
    ...manifest.collections.map((entry) => entry.file),
    ...manifest.versions.map((entry) => entry.file),
    ...manifest.globals.map((entry) => entry.file),
    ...manifest.uploads.map((entry) => entry.file),
  ]
  for (const path of named) if (!listed.has(path)) problems.push(`${path} has no checksum in the manifest`)
  return problems
}

export function parseManifest(text: string): { ok: true; manifest: Manifest } | { ok: false; error: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: `${MANIFEST_FILE} is not JSON` }
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) return { ok: false, error: `${MANIFEST_FILE} is not a backup manifest: ${z.prettifyError(parsed.error)}` }
  return { ok: true, manifest: parsed.data }
}
