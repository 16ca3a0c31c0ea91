import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { utcDay } from '@/stats/aggregation'

import { newsroomNumbers } from '../statsApi'

const DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/** A story's own numbers in its edit view's sidebar, for whoever may see them (decision 014). */
export async function StoryNumbers({ data, payload, req }: { data?: { slug?: string | null }; payload: Payload; req: PayloadRequest }) {
  const slug = data?.slug
  if (!slug || !req.user || !isStaffUser(req.user)) return null
  const now = Date.now()
  const numbers = await newsroomNumbers(payload, req.user, { from: utcDay(now - (DAYS - 1) * DAY_MS), to: utcDay(now) })
  const story = numbers.stories.find((each) => each.story === slug)
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
      <h4>The last {DAYS} days</h4>
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
