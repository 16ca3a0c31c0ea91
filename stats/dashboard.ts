import { utcDay } from './aggregation'
import { summarize, type NumbersRow, type Summary } from './report'

const DAY_MS = 24 * 60 * 60 * 1000
export const CHART_DAYS = 30
const WEEK_DAYS = 7
const TOP = 8

export type Ranked = { name: string; value: number }
export type DayFigures = { day: string; reads: number; gatesShown: number }
export type CreditedStory = { slug: string; gate: number; firstRead: number }

export type DashboardFigures = {
  week: { from: string; to: string }
  thisWeek: Summary
  // Every one of the last CHART_DAYS days, oldest first, a day without reads as zeros.
  days: DayFigures[]
  referrers: Ranked[]
  top: Summary['stories']
  bySubscriptions: CreditedStory[]
}

/** The desk's figures from one read of the last CHART_DAYS days' rows, so the chart, funnel and lists agree. */
export function dashboardFigures(rows: NumbersRow[], now: number): DashboardFigures {
  const week = { from: utcDay(now - (WEEK_DAYS - 1) * DAY_MS), to: utcDay(now) }
  const byDay = new Map(summarize(rows).days.map((day) => [day.day, day]))
  const thisWeek = summarize(rows.filter((row) => row.day >= week.from))
  const days: DayFigures[] = []
  for (let offset = CHART_DAYS - 1; offset >= 0; offset--) {
    const day = utcDay(now - offset * DAY_MS)
    days.push(byDay.get(day) ?? { day, reads: 0, gatesShown: 0 })
  }
  return {
    week,
    thisWeek,
    days,
    referrers: Object.entries(thisWeek.referrers)
      .map(([name, value]) => ({ name, value }))
      .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name)),
    top: thisWeek.stories.slice(0, TOP),
    bySubscriptions: thisWeek.stories
      .map((story) => ({ slug: story.story, gate: story.subscriptions, firstRead: story.subscriptionsFromFirstRead }))
      .filter((story) => story.gate + story.firstRead > 0)
      .sort((a, b) => b.gate - a.gate || b.firstRead - a.firstRead)
      .slice(0, TOP),
  }
}

/**
 * Sums a per-story figure over what each story is filed under (a section, the people or countries it
 * tags), ranked: a story tagging two people counts for each. Unknown stories count under nothing.
 */
/** What a story is filed under: keyed by the document, so two namesakes are counted apart. */
export type Tag = { id: string; name: string }

export function rankByTag(stories: { story: string; value: number }[], tagsOf: (story: string) => Tag[]): Ranked[] {
  const totals = new Map<string, Ranked>()
  for (const { story, value } of stories) {
    if (value <= 0) continue
    for (const tag of new Map(tagsOf(story).map((each) => [each.id, each])).values()) {
      const total = totals.get(tag.id) ?? { name: tag.name, value: 0 }
      total.value += value
      totals.set(tag.id, total)
    }
  }
  return [...totals.values()].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name)).slice(0, TOP)
}

/** The first day of the chart's period, for the one query behind the figures. */
export const chartPeriod = (now: number) => ({ from: utcDay(now - (CHART_DAYS - 1) * DAY_MS), to: utcDay(now) })
