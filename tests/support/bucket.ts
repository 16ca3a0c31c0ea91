import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'

import { S3 } from '@aws-sdk/client-s3'

const REGION = 'us-east-1'
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type TestBuckets = {
  /** The site's S3_* settings for one of the buckets. */
  env: (bucket: string, prefix: string) => Record<string, string>
  /** Every key in a bucket, sorted. */
  keys: (bucket: string) => Promise<string[]>
  object: (bucket: string, key: string) => Promise<Buffer>
  stop: () => Promise<void>
}

/**
 * S3 for tests: s3rver, an in-process S3 stand-in, on a free loopback port and a thread of its own
 * (./s3rverThread.mjs), keeping its objects in a temporary folder, with the buckets named (the
 * site does not create its bucket).
 */
export async function startTestBuckets(buckets: string[]): Promise<TestBuckets> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'))
  const thread = new Worker(new URL('./s3rverThread.mjs', import.meta.url), { workerData: { directory, buckets } })
  const [{ port }] = (await once(thread, 'message')) as [{ port: number }]
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3({ endpoint, region: REGION, forcePathStyle: true, credentials: CREDENTIALS })
  return {
    env: (bucket, prefix) => ({
      S3_BUCKET: bucket,
      S3_REGION: REGION,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: prefix,
    }),
    keys: async (bucket) => ((await client.listObjectsV2({ Bucket: bucket })).Contents ?? []).map((object) => object.Key!).sort(),
    object: async (bucket, key) => Buffer.from(await (await client.getObject({ Bucket: bucket, Key: key })).Body!.transformToByteArray()),
    stop: async () => {
      client.destroy()
      thread.postMessage('close')
      await once(thread, 'message')
      await thread.terminate()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
