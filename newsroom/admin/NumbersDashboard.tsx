import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { hasRole } from '@/collections/Users/roles'
import { counted } from '@/lib/counted'
import { chartPeriod, dashboardFigures, type Ranked } from '@/stats/dashboard'
import type { Counts } from '@/stats/report'

import { storyTitles, visibleNumbers } from '../statsApi'
import { NumbersCharts } from './NumbersCharts'

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
  // One read of the rows: the chart, the funnel and the lists then add up, even while a flush lands.
  const { week, thisWeek, days, referrers, top, bySubscriptions } = dashboardFigures(await visibleNumbers(payload, user, chartPeriod(now)), now)
  const titles = await storyTitles(payload, user, [...new Set([...top.map((story) => story.story), ...bySubscriptions.map((story) => story.slug)])])
  const titleOf = (slug: string) => titles.get(slug) ?? slug
  const sections = await sectionsBySubscriptions(payload, user, thisWeek.stories)

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
          lines={top.map((story) => ({ name: titleOf(story.story), value: story.reads, detail: `${counted(story.reads, 'read')}, ${counted(story.uniqueReaders, 'reader')}, ${counted(story.gatesShown, 'gate')}` }))}
        />
        <RankedList
          heading="Stories that brought subscribers"
          empty="No subscriptions credited to a story this week."
          lines={bySubscriptions.map((story) => ({ name: titleOf(story.slug), value: story.gate, detail: `${story.gate} through its gate, ${story.firstRead} as first read` }))}
        />
        <RankedList
          heading="Sections by subscriptions"
          empty="No subscriptions credited to a section this week."
          lines={sections.map((section) => ({ ...section, detail: counted(section.value, 'subscription') }))}
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
