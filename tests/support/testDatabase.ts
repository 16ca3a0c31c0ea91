import { describe, it } from 'vitest'
import { z } from 'zod'

/**
 * Which database the integration suite runs on. `npm test` runs it on SQLite (and
 * mongodb.test.ts and backup.test.ts on MongoDB besides); `npm run test:mongo` runs every
 * file through the MongoDB adapter (TEST_DATABASE=mongodb): against MONGODB_URI when it is
 * set (a real server, e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0), otherwise against
 * CongoDB, the in-process imitation (./mongoHarness.ts).
 */
const testEnv = z
  .object({
    TEST_DATABASE: z.enum(['sqlite', 'mongodb']).default('sqlite'),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'is a mongodb:// or mongodb+srv:// address')
      .optional(),
  })
  .parse(process.env)

export const TEST_DATABASE = testEnv.TEST_DATABASE
export const REAL_MONGODB_URI = testEnv.MONGODB_URI

/**
 * What a test may need that the database it runs on lacks. CongoDB (used when no
 * MONGODB_URI is given) enforces no unique index, rolls nothing back and cannot run
 * Payload's join aggregations; a migration of the SQLite schema means nothing on MongoDB.
 */
export type Need = 'unique indexes' | 'transactions' | 'join aggregations' | 'the SQLite schema'

function missing(need: Need): string | null {
  if (TEST_DATABASE === 'sqlite') return null
  if (need === 'the SQLite schema') return 'SQLite only: the SQLite schema and its migrations'
  return REAL_MONGODB_URI ? null : `needs a real MongoDB server (MONGODB_URI): ${need}`
}

/**
 * A test (or group) that needs something the database under test may lack. Where it is
 * missing, the test is skipped — never silently: its name carries the reason, which the
 * run's report lists among the skipped (`npm run test:mongo` uses the verbose reporter).
 */
export function itNeeds(need: Need, name: string, ...rest: [fn: () => unknown, timeout?: number]): void {
  const reason = missing(need)
  it.skipIf(reason !== null)(reason ? `${name} [skipped: ${reason}]` : name, ...rest)
}

export function describeNeeds(need: Need, name: string, fn: () => void): void {
  const reason = missing(need)
  describe.skipIf(reason !== null)(reason ? `${name} [skipped: ${reason}]` : name, fn)
}
