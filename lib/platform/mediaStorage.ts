import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Plugin } from 'payload'

import type { S3Settings } from './env'

const MEDIA = 'media'
const SETTINGS_KEY = 's3Storage'

/**
 * Files are served by Payload, not the bucket, so a draft story's image stays hidden behind
 * read access (collections/access/staffOrVisibleMedia.ts); the bucket stays private.
 * Installed disabled without a bucket, so the schema, and the migrations, are the same either way.
 */
export function mediaStoragePlugin(s3: S3Settings | null): Plugin {
  const storage = s3Storage({
    enabled: s3 !== null,
    alwaysInsertFields: true,
    bucket: s3?.bucket ?? '',
    // Changing S3_PREFIX later moves new files only.
    collections: { [MEDIA]: { prefix: s3?.prefix ?? '' } },
    config: s3 ? s3ClientConfig(s3) : {},
  })
  return async (incoming) => {
    const config = await storage(incoming)
    if (!s3) return config
    // For the backup, which must reach the same objects. Payload sends none of `custom` to the admin.
    const withSettings = (collection: CollectionConfig) =>
      collection.slug === MEDIA ? { ...collection, custom: { ...collection.custom, [SETTINGS_KEY]: s3 } } : collection
    return { ...config, collections: config.collections?.map(withSettings) }
  }
}

export function s3SettingsOf(collection: Pick<CollectionConfig, 'custom'>): S3Settings | null {
  return (collection.custom?.[SETTINGS_KEY] as S3Settings | undefined) ?? null
}

export function s3ClientConfig(s3: S3Settings): S3ClientConfig {
  return {
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: s3.forcePathStyle,
    credentials: s3.credentials,
    // Some S3-compatible services refuse the SDK's default checksums (docs/media-storage.md).
    ...(s3.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
  }
}
