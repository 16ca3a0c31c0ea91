import { processWide } from '@/lib/processWide.mjs'

import { keyText, tallyKeyOf, utcDay } from './aggregation'
import type { StatsEvent } from './events'
import { addReader, dailySalt, UniqueSketch } from './uniqueReaders'

/**
 * The in-memory tallies every instance keeps between flushes: recording is a Map increment and,
 * for a read, one HMAC; no I/O, nothing awaited. One per process (the layer and Next share it).
 */
export type Tallies = { counts: Map<string, number>; readers: Map<string, UniqueSketch> }

type State = { tallies: Tallies; salt: { day: string; secret: string; value: Buffer } | null; flush: (() => Promise<void>) | null }

const emptyTallies = (): Tallies => ({ counts: new Map(), readers: new Map() })

const state = processWide<State>('stats.recorder', () => ({ tallies: emptyTallies(), salt: null, flush: null }))

/** `reader`: who is reading, for the unique count; null when unknown or when they ask not to be followed. */
export function recordEvent(event: StatsEvent, reader: { identity: string; secret: string } | null, now = Date.now()): void {
  const key = keyText(tallyKeyOf(event, now))
  const { counts, readers } = state.tallies
  counts.set(key, (counts.get(key) ?? 0) + 1)
  if (reader === null || event.kind !== 'read' || event.variant === 'gated') return
  let sketch = readers.get(key)
  if (!sketch) readers.set(key, (sketch = new UniqueSketch()))
  addReader(sketch, saltOf(reader.secret, now), reader.identity)
}

function saltOf(secret: string, now: number): Buffer {
  const day = utcDay(now)
  if (state.salt?.day !== day || state.salt.secret !== secret) state.salt = { day, secret, value: dailySalt(secret, day) }
  return state.salt.value
}

/** Hands over what was recorded since the last flush and starts afresh. */
export function takeTallies(): Tallies {
  const taken = state.tallies
  state.tallies = emptyTallies()
  return taken
}

/** A flush that could not be written gives its tallies back, to go with the next one. */
export function giveBack(tallies: Tallies): void {
  const { counts, readers } = state.tallies
  for (const [key, count] of tallies.counts) counts.set(key, (counts.get(key) ?? 0) + count)
  for (const [key, sketch] of tallies.readers) {
    const current = readers.get(key)
    if (current) current.merge(sketch)
    else readers.set(key, sketch)
  }
}

export const setFlush = (flush: () => Promise<void>): void => {
  state.flush = flush
}

// server.ts calls it on a stop: the last seconds' events reach the database too.
export const flushBeforeStop = async (): Promise<void> => {
  await state.flush?.()
}
