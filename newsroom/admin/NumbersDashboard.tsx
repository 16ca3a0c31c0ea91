import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { hasRole } from '@/collections/Users/roles'
import { utcDay } from '@/stats/aggregation'
import type { Counts } from '@/stats/report'

import { newsroomNumbers } from '../statsApi'
import { NumbersCharts } from './NumbersCharts'

const DAY_MS = 24 * 60 * 60 * 1000
const TOP = 8

type Ranked = { name: string; value: number }

const FUNNEL: { key: keyof Counts; label: string }[] = [
  { key: 'reads', label: 'Reads' },
  { key: 'gatesShown', label: 'Gates shown' },
  { key: 'gateClicks', label: 'Gate clicks' },
  { key: 'registrations', label: 'Registrations' },
  { key: 'subscriptions', label: 'Subscriptions' },
]

const rate = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)} %` : '—')

/** The week's numbers beside the desk (decision 014): a journalist's own stories, everything for editors. */
export async function NumbersDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !isStaffUser(user)) return null
  const now = Date.now()
  const week = { from: utcDay(now - 6 * DAY_MS), to: utcDay(now) }
  const numbers = await newsroomNumbers(payload, user, { from: utcDay(now - 29 * DAY_MS), to: week.to })
  const thisWeek = await newsroomNumbers(payload, user, week)
  const titleOf = (slug: string) => thisWeek.titles.get(slug) ?? numbers.titles.get(slug) ?? slug
  const top = thisWeek.stories.slice(0, TOP)
  const bySubscriptions = [...thisWeek.stories]
    .map((story) => ({ slug: story.story, gate: story.subscriptions, firstRead: story.subscriptionsFromFirstRead }))
    .filter((story) => story.gate + story.firstRead > 0)
    .sort((a, b) => b.gate - a.gate || b.firstRead - a.firstRead)
    .slice(0, TOP)
  const sections = await sectionsBySubscriptions(payload, user, thisWeek.stories)
  const days: { day: string; reads: number; gatesShown: number }[] = []
  for (let offset = 29; offset >= 0; offset--) {
    const day = utcDay(now - offset * DAY_MS)
    days.push(numbers.days.find((each) => each.day === day) ?? { day, reads: 0, gatesShown: 0 })
  }
  const referrers: Ranked[] = Object.entries(thisWeek.referrers)
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => b.value - a.value)

  return (
    <section className="newsroom-numbers" aria-labelledby="newsroom-numbers-heading" data-testid="newsroom-numbers">
      <h2 id="newsroom-numbers-heading">The numbers</h2>
      <p className="newsroom-dashboard__detail">
        {hasRole(user, 'editor') ? 'Every story' : 'Your stories'}, this week ({week.from} to {week.to}, UTC). Readers are counted once a day; staff and
        crawlers are not counted. <a href={`/api/stats?from=${week.from}&to=${week.to}&format=csv`}>Download as CSV</a>
      </p>
      <NumbersCharts days={days} referrers={referrers} />
      <div className="newsroom-dashboard__lists">
        <div className="newsroom-dashboard__list">
          <h3>The funnel</h3>
          <table className="newsroom-numbers__table">
            <tbody>
              {FUNNEL.map((step, index) => (
                <tr key={step.key}>
                  <th scope="row">{step.label}</th>
                  <td>{thisWeek.totals[step.key]}</td>
                  <td className="newsroom-dashboard__detail">{index === 0 ? '' : rate(thisWeek.totals[step.key], thisWeek.totals[FUNNEL[index - 1].key])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Unique readers</th>
                <td>{thisWeek.totals.uniqueReaders}</td>
                <td />
              </tr>
            </tbody>
          </table>
        </div>
        <RankedList
          heading="Top stories this week"
          empty="No reads yet this week."
          lines={top.map((story) => ({ name: titleOf(story.story), value: story.reads, detail: `${story.reads} reads, ${story.uniqueReaders} readers, ${story.gatesShown} gates` }))}
        />
        <RankedList
          heading="Stories that brought subscribers"
          empty="No subscriptions credited to a story this week."
          lines={bySubscriptions.map((story) => ({ name: titleOf(story.slug), value: story.gate, detail: `${story.gate} through its gate, ${story.firstRead} as first read` }))}
        />
        <RankedList
          heading="Sections by subscriptions"
          empty="No subscriptions credited to a section this week."
          lines={sections.map((section) => ({ ...section, detail: `${section.value} subscription${section.value === 1 ? '' : 's'}` }))}
        />
      </div>
    </section>
  )
}

function RankedList({ heading, empty, lines }: { heading: string; empty: string; lines: (Ranked & { detail: string })[] }) {
  return (
    <div className="newsroom-dashboard__list">
      <h3>{heading}</h3>
      {lines.length === 0 ? (
        <p className="newsroom-dashboard__empty">{empty}</p>
      ) : (
        <ol>
          {lines.map((line) => (
            <li key={line.name}>
              {line.name} <span className="newsroom-dashboard__detail">{line.detail}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

// Through the gate: the credit a story's section takes from it.
async function sectionsBySubscriptions(payload: Payload, user: TypedUser, stories: { story: string; subscriptions: number }[]): Promise<Ranked[]> {
  const credited = stories.filter((story) => story.subscriptions > 0)
  if (credited.length === 0) return []
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { in: credited.map((story) => story.story) } },
    select: { slug: true, section: true },
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const sectionOf = new Map(docs.map((doc) => [doc.slug, typeof doc.section === 'object' && doc.section ? doc.section.name : null]))
  const totals = new Map<string, number>()
  for (const story of credited) {
    const name = sectionOf.get(story.story) ?? 'No section'
    totals.set(name, (totals.get(name) ?? 0) + story.subscriptions)
  }
  return [...totals].map(([name, value]) => ({ name, value })).sort((a, b) => b.value - a.value)
}
