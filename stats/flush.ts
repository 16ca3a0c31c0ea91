import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { processWide } from '@/lib/processWide.mjs'

import { keyOfText, utcDay } from './aggregation'
import { giveBack, setFlush, takeTallies } from './recorder'

// Append-only delta rows, summed on read: instances never overwrite each other (decision 014).
export const NUMBERS_COLLECTION = 'newsroom-numbers'

export const FLUSH_EVERY_MS = 2_000
const RETENTION_CHECK_EVERY_MS = 60 * 60_000
const DAY_MS = 24 * 60 * 60_000

/**
 * Writes one row per tally recorded since the last flush, in one transaction: a report never sees
 * half a flush. What fails to be written waits, whole, for the next.
 */
export async function flushTallies(payload: Payload): Promise<number> {
  const taken = takeTallies()
  if (taken.counts.size === 0) return 0
  const req = await createLocalReq({}, payload)
  try {
    const ownTransaction = await initTransaction(req)
    for (const [key, count] of taken.counts) {
      const sketch = taken.readers.get(key)
      await payload.create({
        collection: NUMBERS_COLLECTION,
        data: { ...keyOfText(key), count, readers: sketch?.encode() ?? null },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    if (ownTransaction) await commitTransaction(req)
    return taken.counts.size
  } catch (error) {
    await killTransaction(req)
    giveBack(taken)
    payload.logger.warn({ err: error, msg: 'Newsroom numbers could not be written; they wait for the next flush' })
    return 0
  }
}

/** Rows of days older than the setting go; the day the cutoff falls in stays whole. */
export async function deleteOldNumbers(payload: Payload, retentionDays: number, now = Date.now()): Promise<void> {
  const firstKept = utcDay(now - retentionDays * DAY_MS)
  await payload.delete({ collection: NUMBERS_COLLECTION, where: { day: { less_than: firstKept } }, overrideAccess: true, depth: 0 })
}

/** Once per process, from instrumentation.ts: the timers never keep a stopping process alive. */
export function startFlushing(payload: Payload, { retentionDays }: { retentionDays: number }): void {
  const started = processWide('stats.flushing', () => ({ started: false }))
  if (started.started) return
  started.started = true
  // One flush at a time: a slow database must not pile writes up.
  let running: Promise<unknown> = Promise.resolve()
  const flush = () => (running = running.then(() => flushTallies(payload)).catch(() => undefined))
  setFlush(async () => {
    await flush()
  })
  setInterval(flush, FLUSH_EVERY_MS).unref()
  const expire = () =>
    deleteOldNumbers(payload, retentionDays).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'Old newsroom numbers could not be deleted' }))
  void expire()
  setInterval(expire, RETENTION_CHECK_EVERY_MS).unref()
}
