import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Plugin } from 'payload'

import type { S3Settings } from './env'

const MEDIA = 'media'
const SETTINGS_KEY = 's3Storage'

/**
 * Where the media collection's files live: on disk (its `upload.staticDir`, MEDIA_DIR) unless
 * S3_BUCKET names a bucket; then Payload's S3 storage adapter stores the original and every
 * generated size there, and nothing on disk (docs/media-storage.md).
 *
 * Files are still served by Payload, at /api/media/file/<name>, not from the bucket: Payload
 * checks the collection's read access first (collections/access/staffOrVisibleMedia.ts), so an
 * image of a story still in draft stays hidden from readers; a public bucket URL would give it
 * away to whoever guessed the name. The bucket stays private (no ACL is set on objects).
 *
 * The plugin is installed either way, disabled without a bucket: it adds fields to the
 * collection (`prefix`, `_objectKey`), and with `alwaysInsertFields` the database schema is the
 * same wherever files are stored, so one set of migrations serves both.
 */
export function mediaStoragePlugin(s3: S3Settings | null): Plugin {
  const storage = s3Storage({
    enabled: s3 !== null,
    alwaysInsertFields: true,
    bucket: s3?.bucket ?? '',
    // Each document keeps the prefix it was stored under: changing S3_PREFIX later moves new files only.
    collections: { [MEDIA]: { prefix: s3?.prefix ?? '' } },
    config: s3 ? s3ClientConfig(s3) : {},
  })
  return async (incoming) => {
    const config = await storage(incoming)
    if (!s3) return config
    // Kept on the collection for the backup, which must reach the same objects as the Payload it is given.
    // `custom` stays on the server: Payload sends none of it to the admin.
    const withSettings = (collection: CollectionConfig) =>
      collection.slug === MEDIA ? { ...collection, custom: { ...collection.custom, [SETTINGS_KEY]: s3 } } : collection
    return { ...config, collections: config.collections?.map(withSettings) }
  }
}

/** The bucket an upload collection's files are stored in; null when they are on disk. */
export function s3SettingsOf(collection: Pick<CollectionConfig, 'custom'>): S3Settings | null {
  return (collection.custom?.[SETTINGS_KEY] as S3Settings | undefined) ?? null
}

/** How to reach the bucket: for the storage adapter, and for the backup, which reads and writes the same objects. */
export function s3ClientConfig(s3: S3Settings): S3ClientConfig {
  return {
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: s3.forcePathStyle,
    credentials: s3.credentials,
    // The SDK adds CRC32 checksums to every request since v3.729, and some S3-compatible services
    // refuse them (or send none back): for those, only where an operation requires one, as before.
    ...(s3.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
  }
}
