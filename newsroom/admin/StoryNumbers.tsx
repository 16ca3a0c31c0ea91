import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { CHART_DAYS, chartPeriod } from '@/stats/dashboard'
import { summarize } from '@/stats/report'

import { visibleNumbers } from '../statsApi'

/** A story's own numbers in its edit view's sidebar, for whoever may see them (decision 014). */
export async function StoryNumbers({ data, payload, req }: { data?: { slug?: string | null }; payload: Payload; req: PayloadRequest }) {
  const slug = data?.slug
  if (!slug || !req.user || !isStaffUser(req.user)) return null
  const rows = await visibleNumbers(payload, req.user, chartPeriod(Date.now()), slug)
  const story = summarize(rows).stories.find((each) => each.story === slug)
  const lines: [string, number][] = [
    ['Reads', story?.reads ?? 0],
    ['Unique readers', story?.uniqueReaders ?? 0],
    ['Gates shown', story?.gatesShown ?? 0],
    ['Gate clicks', story?.gateClicks ?? 0],
    ['Registrations', story?.registrations ?? 0],
    ['Subscriptions through its gate', story?.subscriptions ?? 0],
    ['Subscribers who read it first', story?.subscriptionsFromFirstRead ?? 0],
  ]
  return (
    <div className="field-type story-numbers" data-testid="story-numbers">
      <h4>The last {CHART_DAYS} days</h4>
      <table className="newsroom-numbers__table">
        <tbody>
          {lines.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
