import type { Payload, TypedUser, Where } from 'payload'

import { STORY_OWNERS } from '@/collections/Articles/owners'
import { isStaffUser } from '@/collections/access/staff'
import { formatDateTime } from '@/lib/dates'
import { relationId } from '@/lib/relations'

// Every list is read as the signed-in staff member, so each role sees what its access lets it.
const LIST_SIZE = 8
const editLink = (id: string | number) => `/admin/collections/articles/${encodeURIComponent(String(id))}`
export const READY_FOR_REVIEW_LIST = '/admin/collections/articles?where[review.state][equals]=ready'

type Line = { id: string | number; title: string; detail: string }

export async function NewsroomDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !isStaffUser(user)) return null
  const as = { overrideAccess: false, user, depth: 0, limit: LIST_SIZE } as const
  const mine: Where = { or: STORY_OWNERS.map((field) => ({ [field]: { equals: user.id } })) }
  const card = { title: true, updatedAt: true, publishedAt: true } as const

  const [drafts, ready, published, scheduled] = await Promise.all([
    payload.find({ collection: 'articles', ...as, draft: true, select: card, sort: '-updatedAt', where: { and: [mine, { _status: { equals: 'draft' } }] } }),
    payload.find({ collection: 'articles', ...as, draft: true, select: card, sort: '-updatedAt', where: { 'review.state': { equals: 'ready' } } }),
    payload.find({ collection: 'articles', ...as, select: card, sort: '-publishedAt', where: { _status: { equals: 'published' } } }),
    scheduledStories(payload, user),
  ])
  const saved = (doc: { updatedAt: string }) => `saved ${formatDateTime(doc.updatedAt)}`
  return (
    <section className="newsroom-dashboard" aria-labelledby="newsroom-dashboard-heading">
      <h2 id="newsroom-dashboard-heading">The desk</h2>
      <p>
        <a className="btn btn--style-primary btn--size-medium" href="/admin/collections/articles/create">
          Write a story
        </a>{' '}
        <a className="btn btn--style-secondary btn--size-medium" href="/admin/import-story">
          Import a story
        </a>
      </p>
      <div className="newsroom-dashboard__lists">
        <DeskList heading="My drafts" empty="No drafts of yours." lines={drafts.docs.map((doc) => ({ id: doc.id, title: doc.title, detail: saved(doc) }))} />
        <DeskList
          heading="Ready for review"
          empty="Nothing is waiting for review."
          lines={ready.docs.map((doc) => ({ id: doc.id, title: doc.title, detail: saved(doc) }))}
          more={{ href: READY_FOR_REVIEW_LIST, label: 'All stories ready for review' }}
        />
        <DeskList heading="Scheduled" empty="Nothing is scheduled." lines={scheduled} />
        <DeskList
          heading="Recently published"
          empty="Nothing published yet."
          lines={published.docs.map((doc) => ({ id: doc.id, title: doc.title, detail: doc.publishedAt ? `published ${formatDateTime(doc.publishedAt)}` : 'published' }))}
        />
      </div>
    </section>
  )
}

function DeskList({ heading, empty, lines, more }: { heading: string; empty: string; lines: Line[]; more?: { href: string; label: string } }) {
  return (
    <div className="newsroom-dashboard__list">
      <h3>{heading}</h3>
      {lines.length === 0 ? (
        <p className="newsroom-dashboard__empty">{empty}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line.id}>
              <a href={editLink(line.id)}>{line.title}</a> <span className="newsroom-dashboard__detail">{line.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {more && (
        <p>
          <a href={more.href}>{more.label} →</a>
        </p>
      )}
    </div>
  )
}

// Among those the user may read.
async function scheduledStories(payload: Payload, user: TypedUser): Promise<Line[]> {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    limit: 50,
    sort: 'waitUntil',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { waitUntil: { greater_than: new Date().toISOString() } }] },
  })
  const due = jobs.flatMap((job) => {
    const input = job.input as { type?: string; doc?: { relationTo?: string; value?: string | number } } | null
    const id = input?.doc?.relationTo === 'articles' ? relationId(input.doc.value) : null
    return id && job.waitUntil ? [{ id, at: job.waitUntil, unpublish: input?.type === 'unpublish' }] : []
  })
  if (due.length === 0) return []
  const { docs: stories } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    user,
    draft: true,
    depth: 0,
    limit: due.length,
    select: { title: true },
    where: { id: { in: due.map((entry) => entry.id) } },
  })
  const titleOf = new Map(stories.map((story) => [String(story.id), story.title]))
  return due
    .filter((entry) => titleOf.has(entry.id))
    .slice(0, LIST_SIZE)
    .map((entry) => ({ id: entry.id, title: titleOf.get(entry.id)!, detail: `${entry.unpublish ? 'unpublishes' : 'publishes'} ${formatDateTime(entry.at)}` }))
}
