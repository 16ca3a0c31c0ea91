import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { AddressInfo } from 'node:net'

// The CongoDB part only: the package's main entry also loads mongodb-memory-server,
// which would try to download a real mongod binary.
import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { getPayload, type SanitizedConfig } from 'payload'

import type { BootedPayload } from './harness'
import { REAL_MONGODB_URI } from './testDatabase'

/**
 * A real Payload on the product's MongoDB adapter (chosen, as in production, by a
 * `mongodb://` DATABASE_URI), talking over the MongoDB wire protocol to CongoDB:
 * an in-process imitation of a MongoDB server (@push.rocks/smartmongo), because no
 * real mongod can run on these machines.
 *
 * What this can prove: the adapter-specific behaviour of our code (string ObjectIds
 * instead of SQLite's numbers, the query shapes Payload builds from our `where`s and
 * access constraints, population at depth, drafts and versions).
 * What it cannot prove: CongoDB does not enforce unique indexes, does not roll back
 * transactions (and, being a standalone server, Payload runs without them anyway),
 * and ignores collation (docs/testing.md, "MongoDB").
 *
 * A deviation from production: the driver polls CongoDB for its heartbeat (`serverMonitoringMode=poll`): CongoDB does not
 * implement the streaming heartbeat (`moreToCome`), and when that stream broke, which a busy
 * machine made likely, the driver cleared its connection pool and failed whatever was in
 * flight; Payload's bulk updates report such a failure in `errors` instead of throwing, so a
 * seeded image could stay hidden (the "populated relation" flake). A real server streams.
 *
 * The other deviation from production, made here and nowhere else: Payload resolves `join`
 * fields (Articles.quotes) with separate queries instead of $lookup aggregations
 * (`useJoinAggregations: false`), because CongoDB's $lookup cannot run the ones
 * Payload builds: it writes a dotted `as` ("quotes.docs") as a literal top-level
 * key instead of a nested path, ignores the `pipeline` of a $lookup, and fails on
 * the `let` form (its AggregationEngine.executeLookup). A real MongoDB runs them.
 * So join *aggregations* are not covered by this test; everything else runs as in
 * production.
 *
 * With MONGODB_URI set (./testDatabase.ts), none of this: each test file gets a database of
 * its own on that real server, with join aggregations, unique indexes and (on a replica
 * set) transactions.
 */
export async function bootMongoPayload(): Promise<BootedPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-int-mongo-'))
  process.env.MEDIA_DIR = path.join(dir, 'media')
  if (REAL_MONGODB_URI) return bootOnRealServer(dir, REAL_MONGODB_URI)

  const server = new CongoServer({ host: '127.0.0.1', port: 0, storage: 'memory' })
  await server.start()
  // getConnectionUri() reports the requested port (0); the real one is on the net.Server.
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address()
  process.env.DATABASE_URI = `mongodb://127.0.0.1:${port}/newsroom-int?serverMonitoringMode=poll`

  const config = await (await import('@payload-config')).default
  withoutJoinAggregations(config)
  const payload = await getPayload({ config, key: dir })

  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      // reader/queries/stories.ts opens its own Payload (the default key) on the same config.
      await (await getPayload({ config })).destroy()
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A database of its own on a real MongoDB server (MONGODB_URI), dropped afterwards: every test file starts empty. */
async function bootOnRealServer(dir: string, serverUri: string): Promise<BootedPayload> {
  process.env.DATABASE_URI = withDatabaseName(serverUri, `newsroom-int-${path.basename(dir).replace(/[^a-zA-Z0-9]/g, '')}`)
  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config, key: dir })
  return {
    payload,
    dir,
    cleanup: async () => {
      await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      await payload.destroy()
      await (await getPayload({ config })).destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Makes every Payload built from this config (this test file's module registry only)
 * resolve joins without $lookup aggregations; see bootMongoPayload.
 */
function withoutJoinAggregations(config: SanitizedConfig): void {
  const init = config.db.init
  if ((init as { patched?: true }).patched) return
  const patched: typeof init & { patched?: true } = (args) => {
    const adapter = init(args)
    if (adapter.name !== 'mongoose') throw new Error(`Expected the MongoDB adapter, got ${adapter.name}`)
    ;(adapter as MongooseAdapter).useJoinAggregations = false
    return adapter
  }
  patched.patched = true
  config.db.init = patched
}

/** A MongoDB address naming another database, its options kept (a list of hosts is no URL: plain string work). */
function withDatabaseName(uri: string, name: string): string {
  const [address, options] = uri.split('?', 2)
  const hostsEnd = address.indexOf('/', address.indexOf('://') + 3)
  const hosts = hostsEnd === -1 ? address : address.slice(0, hostsEnd)
  return `${hosts}/${name}${options ? `?${options}` : ''}`
}
