import type { Attribution, CountedStanding, EventKind, GateAction, ReadVariant, StatsEvent } from './events'
import type { ReferrerClass } from './referrer'

// One tally per combination an editor may slice by; '' where a dimension does not apply.
export type TallyKey = {
  kind: EventKind
  story: string
  day: string
  variant: ReadVariant | ''
  standing: CountedStanding | ''
  referrer: ReferrerClass | ''
  detail: GateAction | Attribution | ''
}

const DAY_MS = 24 * 60 * 60 * 1000
// Every read asks for today's: formatted once a day, not on each.
let lastDay = { number: Number.NaN, text: '' }

export function utcDay(ms: number): string {
  const number = Math.floor(ms / DAY_MS)
  if (number !== lastDay.number) lastDay = { number, text: new Date(number * DAY_MS).toISOString().slice(0, 10) }
  return lastDay.text
}

export function tallyKeyOf(event: StatsEvent, now: number): TallyKey {
  const base = { kind: event.kind, story: event.story, day: utcDay(now), variant: '', standing: '', referrer: '', detail: '' } as const
  switch (event.kind) {
    case 'read':
      return { ...base, variant: event.variant, standing: event.standing, referrer: event.referrer }
    case 'gate-click':
      return { ...base, detail: event.action }
    case 'subscription-started':
      return { ...base, detail: event.attribution }
    case 'registration':
    case 'subscription-ended':
      return base
  }
}

// Slugs never hold a `|` (lib/slugify.ts), so the joined form is a Map key that splits back.
const FIELDS = ['kind', 'story', 'day', 'variant', 'standing', 'referrer', 'detail'] as const

export const keyText = (key: TallyKey): string => FIELDS.map((field) => key[field]).join('|')

export function keyOfText(text: string): TallyKey {
  const parts = text.split('|')
  return Object.fromEntries(FIELDS.map((field, index) => [field, parts[index] ?? ''])) as TallyKey
}
