import type { Payload } from 'payload'

import type { TallyKey } from './aggregation'
import { NUMBERS_COLLECTION } from './flush'
import { UniqueSketch } from './uniqueReaders'

export type NumbersRow = TallyKey & { count: number; readers?: string | null }

export type Counts = {
  reads: number
  uniqueReaders: number
  gatesShown: number
  gateClicks: number
  registrations: number
  subscriptions: number
  // Subscriptions of readers whose first read was this story (not in the totals: counted once there).
  subscriptionsFromFirstRead: number
  subscriptionsEnded: number
}

export type Summary = {
  stories: (Counts & { story: string })[]
  totals: Counts
  days: { day: string; reads: number; gatesShown: number }[]
  referrers: Record<string, number>
}

type Tally = Omit<Counts, 'uniqueReaders'> & { sketch: UniqueSketch }

const emptyTally = (): Tally => ({
  reads: 0,
  gatesShown: 0,
  gateClicks: 0,
  registrations: 0,
  subscriptions: 0,
  subscriptionsFromFirstRead: 0,
  subscriptionsEnded: 0,
  sketch: new UniqueSketch(),
})

function add(tally: Tally, row: NumbersRow): void {
  switch (row.kind) {
    case 'read':
      if (row.variant === 'gated') tally.gatesShown += row.count
      else tally.reads += row.count
      if (row.readers) tally.sketch.merge(UniqueSketch.decode(row.readers))
      return
    case 'gate-click':
      tally.gateClicks += row.count
      return
    case 'registration':
      tally.registrations += row.count
      return
    case 'subscription-started':
      if (row.detail === 'first-read') tally.subscriptionsFromFirstRead += row.count
      else tally.subscriptions += row.count
      return
    case 'subscription-ended':
      tally.subscriptionsEnded += row.count
  }
}

const countsOf = ({ sketch, ...counts }: Tally): Counts => ({ ...counts, uniqueReaders: sketch.estimate() })

/**
 * Sums the delta rows of a period. Unique readers are counted once per day (the salt changes
 * daily), so a period's figure is the sum of its days'. Rows credited to no story ('') count
 * in the totals only.
 */
export function summarize(rows: NumbersRow[]): Summary {
  const byStory = new Map<string, Tally>()
  const total = emptyTally()
  const days = new Map<string, { day: string; reads: number; gatesShown: number }>()
  const referrers: Record<string, number> = {}
  for (const row of rows) {
    add(total, row)
    if (row.story) {
      let tally = byStory.get(row.story)
      if (!tally) byStory.set(row.story, (tally = emptyTally()))
      add(tally, row)
    }
    if (row.kind === 'read') {
      let day = days.get(row.day)
      if (!day) days.set(row.day, (day = { day: row.day, reads: 0, gatesShown: 0 }))
      if (row.variant === 'gated') day.gatesShown += row.count
      else day.reads += row.count
      if (row.referrer) referrers[row.referrer] = (referrers[row.referrer] ?? 0) + row.count
    }
  }
  return {
    stories: [...byStory].map(([story, tally]) => ({ story, ...countsOf(tally) })).sort((a, b) => b.reads - a.reads || a.story.localeCompare(b.story)),
    totals: countsOf(total),
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    referrers,
  }
}

/** Every row of the days from `from` to `to`, both included; `stories`: only these (a journalist's). */
export async function numbersBetween(payload: Payload, { from, to, stories }: { from: string; to: string; stories?: string[] }): Promise<NumbersRow[]> {
  const { docs } = await payload.find({
    collection: NUMBERS_COLLECTION,
    where: { and: [{ day: { greater_than_equal: from } }, { day: { less_than_equal: to } }, ...(stories ? [{ story: { in: stories } }] : [])] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { kind: true, story: true, day: true, variant: true, standing: true, referrer: true, detail: true, count: true, readers: true },
  })
  return docs as unknown as NumbersRow[]
}
