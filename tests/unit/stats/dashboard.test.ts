import { describe, expect, it } from 'vitest'

import { tallyKeyOf } from '@/stats/aggregation'
import { dashboardFigures, rankByTag } from '@/stats/dashboard'
import type { StatsEvent } from '@/stats/events'
import type { NumbersRow } from '@/stats/report'

const DAY = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 11, 7, 15)
const row = (event: StatsEvent, count: number, daysAgo = 0): NumbersRow => ({ ...tallyKeyOf(event, now - daysAgo * DAY), count, readers: null })
const read = (story: string, variant: 'metered' | 'gated', referrer: 'direct' | 'search' | 'social', daysAgo = 0) =>
  row({ kind: 'read', story, variant, standing: 'anonymous', referrer }, 1, daysAgo)

describe("the desk's figures", () => {
  const rows = [
    read('a', 'metered', 'direct'),
    read('a', 'metered', 'search'),
    read('a', 'gated', 'direct'),
    read('b', 'metered', 'social', 2),
    read('b', 'gated', 'search', 6),
    // Older than the week: on the chart only.
    read('c', 'metered', 'direct', 7),
    read('c', 'gated', 'direct', 29),
    row({ kind: 'gate-click', story: 'a', action: 'subscribe' }, 1),
    row({ kind: 'subscription-started', story: 'b', attribution: 'gate' }, 1, 1),
    row({ kind: 'subscription-started', story: 'a', attribution: 'first-read' }, 1, 1),
  ]
  const figures = dashboardFigures(rows, now)

  it('adds up: the week on the chart, the referrer mix and the funnel count the same reads and gates', () => {
    const weekOnChart = figures.days.slice(-7).reduce((sum, day) => sum + day.reads + day.gatesShown, 0)
    const mix = figures.referrers.reduce((sum, referrer) => sum + referrer.value, 0)
    const funnel = figures.thisWeek.totals.reads + figures.thisWeek.totals.gatesShown
    expect([weekOnChart, mix, funnel]).toEqual([5, 5, 5])
    expect(figures.referrers).toEqual([
      { name: 'direct', value: 2 },
      { name: 'search', value: 2 },
      { name: 'social', value: 1 },
    ])
  })

  it('charts each of the last 30 days, the oldest first, zeros where nobody read', () => {
    expect(figures.days).toHaveLength(30)
    expect(figures.days[0]).toEqual({ day: '2026-11-08', reads: 0, gatesShown: 1 })
    expect(figures.days[22]).toEqual({ day: '2026-11-30', reads: 1, gatesShown: 0 })
    expect(figures.days[29]).toEqual({ day: '2026-12-07', reads: 2, gatesShown: 1 })
    expect(figures.week).toEqual({ from: '2026-12-01', to: '2026-12-07' })
  })

  it('ranks the week’s stories by reads, and those that brought subscribers through the gate first', () => {
    expect(figures.top.map((story) => [story.story, story.reads])).toEqual([
      ['a', 2],
      ['b', 1],
    ])
    expect(figures.bySubscriptions).toEqual([
      { slug: 'b', gate: 1, firstRead: 0 },
      { slug: 'a', gate: 0, firstRead: 1 },
    ])
  })
})

describe('ranking what stories are filed under', () => {
  const morales = { id: '1', name: 'Evo Morales' }
  const arce = { id: '2', name: 'Luis Arce' }
  const tags: Record<string, { id: string; name: string }[]> = { a: [morales, arce], b: [arce], c: [] }
  const tagsOf = (story: string) => tags[story] ?? []

  it('credits a story’s reads to each person it tags, once each, the most read first', () => {
    const stories = [
      { story: 'a', value: 3 },
      { story: 'b', value: 2 },
      { story: 'c', value: 9 },
      { story: 'gone', value: 4 },
    ]
    expect(rankByTag(stories, tagsOf)).toEqual([
      { name: 'Luis Arce', value: 5 },
      { name: 'Evo Morales', value: 3 },
    ])
  })

  it('leaves out what counted nothing, and a tag given twice counts once', () => {
    expect(rankByTag([{ story: 'a', value: 0 }], tagsOf)).toEqual([])
    const bolivia = { id: '7', name: 'Bolivia' }
    expect(rankByTag([{ story: 'x', value: 1 }], () => [bolivia, bolivia])).toEqual([{ name: 'Bolivia', value: 1 }])
  })

  it('counts two people of one name apart', () => {
    const namesakes = [
      { story: 'a', value: 3 },
      { story: 'b', value: 2 },
    ]
    const tagsOf = (story: string) => [{ id: story === 'a' ? '10' : '11', name: 'Ana Ruiz' }]
    expect(rankByTag(namesakes, tagsOf)).toEqual([
      { name: 'Ana Ruiz', value: 3 },
      { name: 'Ana Ruiz', value: 2 },
    ])
  })
})
