import type { Endpoint, Payload, PayloadRequest, TypedUser, Where } from 'payload'
import { z } from 'zod'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { isStaffUser } from '@/collections/access/staff'
import { hasRole } from '@/collections/Users/roles'
import { utcDay } from '@/stats/aggregation'
import { numbersBetween, summarize, type Counts, type NumbersRow, type Summary } from '@/stats/report'

// Editors and admins see every story; other staff their own (decision 014).
export const STATS_API = '/stats'

const MAX_DAYS = 366
const DAY_MS = 24 * 60 * 60 * 1000

const day = (name: string) =>
  z
    .string({ error: `${name} must be one date, like 2026-12-07` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date written YYYY-MM-DD`)
    .refine((text) => utcDay(Date.parse(text) || 0) === text, `${name} is not a date on the calendar`)

const periodSchema = z
  .object({ from: day('from'), to: day('to'), format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }) })
  .refine(({ from, to }) => from <= to, { path: ['from'], message: 'from must not be after to' })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / DAY_MS < MAX_DAYS, { path: ['to'], message: `to must be within ${MAX_DAYS} days of from` })

export type Period = { from: string; to: string }

/** A week to today unless told; a parameter given twice is refused, as its meaning would be a guess. */
export function periodOf(params: URLSearchParams, now = Date.now()): { ok: true; period: Period; format: 'json' | 'csv' } | { ok: false; error: string } {
  const one = (name: string, fallback: string) => {
    const values = params.getAll(name)
    return values.length === 0 ? fallback : values.length === 1 ? values[0] : [values]
  }
  const to = one('to', utcDay(now))
  const parsed = periodSchema.safeParse({ from: one('from', utcDay((typeof to === 'string' ? Date.parse(to) || now : now) - 6 * DAY_MS)), to, format: one('format', 'json') })
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message }
  const { from, format } = parsed.data
  return { ok: true, period: { from, to: parsed.data.to }, format }
}

const COUNTS = ['reads', 'uniqueReaders', 'gatesShown', 'gateClicks', 'registrations', 'subscriptions'] as const
type StoryNumbers = { slug: string; title: string | null } & Pick<Counts, (typeof COUNTS)[number]>

const countsOf = (counts: Counts) => Object.fromEntries(COUNTS.map((name) => [name, counts[name]])) as Pick<Counts, (typeof COUNTS)[number]>

/** The slugs of the stories a staff member may see the numbers of; null: every story. */
export async function visibleStories(payload: Payload, user: TypedUser): Promise<string[] | null> {
  if (hasRole(user, 'editor')) return null
  const mine: Where = { or: STORY_OWNERS.map((field) => ({ [field]: { equals: user.id } })) }
  const { docs } = await payload.find({ collection: 'articles', where: mine, select: { slug: true }, pagination: false, depth: 0, overrideAccess: false, user })
  return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
}

/** The rows of a period this staff member may see; `story`: that story's alone. */
export async function visibleNumbers(payload: Payload, user: TypedUser, period: Period, story?: string): Promise<NumbersRow[]> {
  const visible = await visibleStories(payload, user)
  const stories = story === undefined ? visible : visible === null || visible.includes(story) ? [story] : []
  return stories?.length === 0 ? [] : numbersBetween(payload, { ...period, ...(stories ? { stories } : {}) })
}

export async function storyTitles(payload: Payload, user: TypedUser, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { in: slugs } }, select: { slug: true, title: true }, pagination: false, depth: 0, overrideAccess: false, user })
  return new Map(docs.flatMap((doc) => (doc.slug ? [[doc.slug, doc.title] as const] : [])))
}

export async function newsroomNumbers(payload: Payload, user: TypedUser, period: Period): Promise<Summary & { titles: Map<string, string> }> {
  const summary = summarize(await visibleNumbers(payload, user, period))
  return { ...summary, titles: await storyTitles(payload, user, summary.stories.map((story) => story.story)) }
}

const CSV_HEADER = ['slug', 'title', ...COUNTS]

// Quoted, and a leading = + - @ defused, so a spreadsheet never runs a title as a formula.
const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value)
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
}

function asCsv(stories: StoryNumbers[], totals: ReturnType<typeof countsOf>): string {
  const lines = [CSV_HEADER, ...stories.map((story) => [story.slug, story.title, ...COUNTS.map((name) => story[name])]), ['', 'Total', ...COUNTS.map((name) => totals[name])]]
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`
}

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } })

export const statsEndpoints: Endpoint[] = [
  {
    path: STATS_API,
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return refuse(401, 'Sign in to the newsroom admin to see its numbers.')
      if (!isStaffUser(req.user)) return refuse(403, 'Only the newsroom’s staff see its numbers.')
      const asked = periodOf(req.searchParams)
      if (!asked.ok) return refuse(400, asked.error)
      const numbers = await newsroomNumbers(req.payload, req.user, asked.period)
      const stories: StoryNumbers[] = numbers.stories.map((story) => ({ slug: story.story, title: numbers.titles.get(story.story) ?? null, ...countsOf(story) }))
      const totals = countsOf(numbers.totals)
      if (asked.format === 'csv') {
        return new Response(asCsv(stories, totals), {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="newsroom-numbers-${asked.period.from}-to-${asked.period.to}.csv"`,
            'cache-control': 'no-store',
          },
        })
      }
      return Response.json({ from: asked.period.from, to: asked.period.to, stories, totals }, { headers: { 'cache-control': 'no-store' } })
    },
  },
]
