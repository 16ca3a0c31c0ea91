import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { hasRole } from '@/collections/Users/roles'
import { counted } from '@/lib/counted'
import { chartPeriod, dashboardFigures, rankByTag, type Ranked, type Tag } from '@/stats/dashboard'
import type { Counts } from '@/stats/report'

import { visibleNumbers } from '../statsApi'
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
  const filed = await filedUnder(payload, user, thisWeek.stories.map((story) => story.story))
  const titleOf = (slug: string) => filed.get(slug)?.title ?? slug
  const reads = thisWeek.stories.map((story) => ({ story: story.story, value: story.reads }))
  // Through the gate: the credit a story's section takes from it.
  const sections = rankByTag(thisWeek.stories.map((story) => ({ story: story.story, value: story.subscriptions })), (slug) => [filed.get(slug)?.section ?? NO_SECTION])
  const people = rankByTag(reads, (slug) => filed.get(slug)?.people ?? [])
  const countries = rankByTag(reads, (slug) => filed.get(slug)?.countries ?? [])

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
          heading="People readers read most"
          empty="No reads of stories tagging a person this week."
          lines={people.map((person) => ({ ...person, detail: counted(person.value, 'read') }))}
        />
        <RankedList
          heading="Countries readers read most"
          empty="No reads of stories tagging a country this week."
          lines={countries.map((country) => ({ ...country, detail: counted(country.value, 'read') }))}
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
          {lines.map((line, index) => (
            // Two namesakes may share a name.
            <li key={index}>
              {line.name} <span className="newsroom-dashboard__detail">{line.detail}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

type FiledUnder = { title: string; section: Tag; people: Tag[]; countries: Tag[] }

const NO_SECTION: Tag = { id: 'none', name: 'No section' }
const tagsOf = (relations: unknown[] | null | undefined): Tag[] =>
  (relations ?? []).flatMap((relation) =>
    typeof relation === 'object' && relation && 'name' in relation && typeof relation.name === 'string' && 'id' in relation
      ? [{ id: String(relation.id), name: relation.name }]
      : [],
  )

// One read of the week's stories: their titles, and the section, people and countries they are filed under.
async function filedUnder(payload: Payload, user: TypedUser, slugs: string[]): Promise<Map<string, FiledUnder>> {
  if (slugs.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { in: slugs } },
    select: { slug: true, title: true, section: true, people: true, countries: true },
    // Their names only: the dashboard shows nothing else of them.
    populate: { sections: { name: true }, people: { name: true }, countries: { name: true } },
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return new Map(
    docs.map((doc) => [
      doc.slug,
      { title: doc.title, section: tagsOf([doc.section])[0] ?? NO_SECTION, people: tagsOf(doc.people), countries: tagsOf(doc.countries) },
    ]),
  )
}
