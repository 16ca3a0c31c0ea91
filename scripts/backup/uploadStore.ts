import fs from 'node:fs'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import { buildStoragePathData } from '@payloadcms/plugin-cloud-storage/utilities'
import type { SanitizedCollectionConfig } from 'payload'

import type { S3Settings } from '@/lib/platform/env'
import { s3ClientConfig, s3SettingsOf } from '@/lib/platform/mediaStorage'

import type { UploadedFile } from './content'

// Read and written where the site itself reads them: on disk, or in the S3 bucket.
export type UploadStore = {
  locate(file: UploadedFile): string
  // null when it is not there.
  read(file: UploadedFile): Promise<Buffer | null>
  write(file: UploadedFile, content: Uint8Array): Promise<void>
}

export function uploadStoreOf(collection: SanitizedCollectionConfig): UploadStore | null {
  if (!collection.upload) return null
  // The storage plugin names its adapter here when a bucket is configured.
  if (collection.upload.adapter === 's3') {
    const s3 = s3SettingsOf(collection)
    if (!s3) throw new Error(`${collection.slug} is stored in S3, but its bucket is not known (lib/platform/mediaStorage.ts)`)
    return bucketStore(s3)
  }
  return collection.upload.staticDir ? folderStore(collection.upload.staticDir) : null
}

function folderStore(directory: string): UploadStore {
  const locate = ({ filename }: UploadedFile) => path.join(directory, filename)
  return {
    locate,
    read: async (file) => (fs.existsSync(locate(file)) ? fs.readFileSync(locate(file)) : null),
    write: async (file, content) => {
      fs.mkdirSync(directory, { recursive: true })
      fs.writeFileSync(locate(file), content)
    },
  }
}

function bucketStore(s3: S3Settings): UploadStore {
  const client = new S3(s3ClientConfig(s3))
  // Computed by the plugin's own helper, so the key cannot drift from the one the adapter reads.
  const keyOf = ({ filename, doc }: UploadedFile) => {
    const docPrefix = [doc.prefix, doc._objectKey].filter((part) => typeof part === 'string' && part !== '').join('/')
    return buildStoragePathData({ collectionPrefix: s3.prefix, docPrefix, filename }).storageFilePath
  }
  return {
    locate: (file) => `s3://${s3.bucket}/${keyOf(file)}`,
    read: async (file) => {
      try {
        const object = await client.getObject({ Bucket: s3.bucket, Key: keyOf(file) })
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
          return null
        throw error
      }
    },
    write: async (file, content) => {
      // Payload serves the file with the type stored beside it.
      await client.putObject({ Bucket: s3.bucket, Key: keyOf(file), Body: content, ContentType: file.mimeType ?? undefined })
    },
  }
}
