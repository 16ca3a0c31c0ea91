import { AsyncLocalStorage } from 'node:async_hooks'

import { APIError, type BaseDatabaseAdapter, type DatabaseAdapterObj } from 'payload'

// libsql waits for SQLite's one write lock synchronously, so a second writer in this process would
// freeze the event loop that the first needs to finish: writers take turns instead (decision 015).
export const WRITE_TURN_WAIT_MS = 10_000
// A transaction nobody ends would hold every later save; past this it is rolled back.
export const WRITE_TURN_HOLD_MS = 10 * 60_000

const WRITES_OUTSIDE_TRANSACTIONS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

const MIGRATIONS = ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const

type Release = () => void
type TransactionID = number | Promise<number | string> | string

export class WriteTurns {
  private last: Promise<void> = Promise.resolve()

  constructor(private readonly waitMs = WRITE_TURN_WAIT_MS) {}

  // Resolves with a release once every earlier turn is released; refuses after waitMs.
  async take(): Promise<Release> {
    let release!: Release
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = this.last
    this.last = before.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      before.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.waitMs))),
    ])
    clearTimeout(timer)
    if (!waited) {
      // Our place in the line passes on as soon as it comes.
      void before.then(release)
      throw new APIError('The database is busy saving other changes. Try again in a moment.', 503)
    }
    return once(release)
  }
}

function once(release: Release): Release {
  let done = false
  return () => {
    if (done) return
    done = true
    release()
  }
}

export function withWriteTurns(adapterObj: DatabaseAdapterObj, holdMs = WRITE_TURN_HOLD_MS): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => takeTurns(adapterObj.init(args), holdMs),
  }
}

// What the flow that began a transaction carries, so its own writes outside it join it, not wait for it.
type Ticket = { holding: boolean; transactionID?: number | string }

function takeTurns<Adapter extends BaseDatabaseAdapter>(adapter: Adapter, holdMs: number): Adapter {
  const turns = new WriteTurns()
  const tickets = new AsyncLocalStorage<Ticket>()
  const held = new Map<number | string, Release>()
  const { beginTransaction, commitTransaction, rollbackTransaction } = adapter

  const end = (end: (id: TransactionID) => Promise<void>) => async (incoming: TransactionID) => {
    const id = await incoming
    try {
      await end.call(adapter, id)
    } finally {
      held.get(id)?.()
      held.delete(id)
    }
  }
  adapter.commitTransaction = end(commitTransaction)
  adapter.rollbackTransaction = end(rollbackTransaction)

  // SQLite ignores `PRAGMA foreign_keys=OFF` inside a transaction, and a migration's table rebuild would
  // then cascade-delete every related row: migrations run without one, as Drizzle writes them to.
  const migrating = new AsyncLocalStorage<true>()
  for (const name of MIGRATIONS) {
    const migrate = adapter[name] as (...args: unknown[]) => Promise<unknown>
    ;(adapter as Record<string, unknown>)[name] = (...args: unknown[]) => migrating.run(true, () => migrate.apply(adapter, args))
  }

  adapter.beginTransaction = async (options) => {
    if (migrating.getStore()) return null
    // Before any await, so the operation that asked continues with the ticket.
    const ticket: Ticket = { holding: false }
    tickets.enterWith(ticket)
    const turn = await turns.take()
    const release = () => ((ticket.holding = false), (ticket.transactionID = undefined), turn())
    ticket.holding = true
    try {
      const id = await beginTransaction.call(adapter, options)
      if (id === null) return release(), null
      ticket.transactionID = id
      await keepBusyTimeout(adapter).catch((error: unknown) =>
        adapter.payload.logger.warn({ err: error, msg: 'Could not set the busy timeout on a new SQLite connection' }),
      )
      const abandoned = setTimeout(() => {
        adapter.payload.logger.error(`A database transaction stayed open ${holdMs} ms; rolling it back`)
        void adapter.rollbackTransaction(id)
      }, holdMs)
      abandoned.unref()
      held.set(id, () => (clearTimeout(abandoned), release()))
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  for (const name of WRITES_OUTSIDE_TRANSACTIONS) {
    const write = adapter[name] as (args: { req?: { transactionID?: unknown } }) => Promise<unknown>
    if (typeof write !== 'function') continue
    ;(adapter as Record<string, unknown>)[name] = async (args: { req?: { transactionID?: unknown } }) => {
      if (args?.req?.transactionID) {
        if (name !== 'updateJobs') return write.call(adapter, args)
        // Payload's job helper begins this transaction and, when the write fails, never ends it.
        return write.call(adapter, args).catch(async (error: unknown) => {
          await adapter.rollbackTransaction(args.req!.transactionID as TransactionID)
          throw error
        })
      }
      // Payload writes outside its own open transaction (a reset's reservation). Another connection would
      // wait for the lock that transaction holds, so the write joins it and commits or rolls back with it.
      const ticket = tickets.getStore()
      if (ticket?.holding) {
        return write.call(adapter, ticket.transactionID === undefined ? args : { ...args, req: { ...args.req, transactionID: ticket.transactionID } })
      }
      const release = await turns.take()
      try {
        return await tickets.run({ holding: true }, () => write.call(adapter, args))
      } finally {
        release()
      }
    }
  }
  return adapter
}

type LibsqlClient = { execute(sql: string): Promise<unknown> }

// libsql hands its connection to the transaction and opens a new one without the adapter's busy timeout.
async function keepBusyTimeout(adapter: BaseDatabaseAdapter): Promise<void> {
  const { client, busyTimeout } = adapter as { client?: LibsqlClient; busyTimeout?: number }
  if (client && busyTimeout) await client.execute(`PRAGMA busy_timeout = ${Number(busyTimeout)};`)
}
