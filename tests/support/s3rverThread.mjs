// s3rver on a thread of its own (tests/support/bucket.ts): its event loop keeps answering while the
// test's is blocked, as startNewsroom's spawnSync blocks it for the seed, which writes to the bucket.
import { parentPort, workerData } from 'node:worker_threads'

import S3rver from 's3rver'

const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: workerData.directory,
  configureBuckets: workerData.buckets.map((name) => ({ name, configs: [] })),
})
const { port } = await server.run()
parentPort.postMessage({ port })
parentPort.once('message', async () => {
  await server.close()
  parentPort.postMessage({ closed: true })
})
