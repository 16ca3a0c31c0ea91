import type { StaffRole } from '@/collections/Users/roles'
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { createReaderAccount, decodeEntities, Reader, READER_PASSWORD } from './reader'
import { startRedis, type RunningRedis } from './redis'
import { startNewsroom, type RunningNewsroom } from './server'
import { TEST_SECTION } from './scheduledStory'

/** What the issue asks: a change made through one instance is served by the other "within a second". */
export const PROPAGATION_BOUND_MS = 1_000
/** How long a test keeps looking after a bound has passed, so a failure says how late the change came (or that it never did). */
const LOOK_FOR_MS = 10_000
const POLL_MS = 50

/** Two instances of the site on one SQLite database and media folder, sharing one Redis: the first seeds, the second joins it. */
export type Cluster = { redis: RunningRedis; a: RunningNewsroom; b: RunningNewsroom; stop: () => Promise<void> }

/** `env`: more settings for both instances (e.g. the default rate limits). */
export async function startCluster(options: { env?: Record<string, string> } = {}): Promise<Cluster> {
  const redis = await startRedis()
  const env = { ...options.env, REDIS_URL: redis.url }
  const started: RunningNewsroom[] = []
  try {
    started.push(await startNewsroom({ env }))
    started.push(await startNewsroom({ env, shareDatabaseOf: started[0] }))
  } catch (error) {
    for (const newsroom of started) await newsroom.stop()
    await redis.stop()
    throw error
  }
  const [a, b] = started
  return {
    redis,
    a,
    b,
    stop: async () => {
      await Promise.all([a.stop(), b.stop()].map((stopped) => stopped.catch(() => {})))
      await redis.stop()
    },
  }
}

/** A demo staff login on the given instance. */
export async function staffOn(baseURL: string, role: StaffRole): Promise<Reader> {
  const staff = new Reader(baseURL)
  const login = await staff.send('POST', '/api/users/login', { email: DEMO_LOGINS[role].email, password: DEMO_PASSWORD })
  if (login.status !== 200) throw new Error(`${role} login on ${baseURL} answered ${login.status}`)
  return staff
}

/** A reader account made by `admin`, signed in on `baseURL`: its cookies then go to either instance. */
export async function signedInReaderOn(baseURL: string, admin: Reader, email: string, fields: Record<string, unknown> = {}): Promise<Reader> {
  await createReaderAccount(admin, email, fields)
  const reader = new Reader(baseURL)
  const login = await reader.send('POST', '/api/readers/login', { email, password: READER_PASSWORD })
  if (login.status !== 200) throw new Error(`login of ${email} answered ${login.status}`)
  return reader
}

export const activeSubscription = () => ({ plan: 'subscriber', status: 'active', currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000).toISOString() })

/** A page as one reader gets it from one instance: the reader's cookies, the instance's answer. */
export async function pageFrom(reader: Reader, baseURL: string, pathname: string): Promise<{ status: number; html: string }> {
  const response = await reader.request(new URL(pathname, baseURL).href, { signal: AbortSignal.timeout(15_000) })
  return { status: response.status, html: decodeEntities(await response.text()) }
}

/**
 * Milliseconds from now until `holds` first comes true, looking every 50 ms; Infinity when it
 * never did within the bound and 10 s more.
 */
export async function msUntil(holds: () => Promise<boolean>): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < PROPAGATION_BOUND_MS + LOOK_FOR_MS) {
    if (await holds()) return Math.round(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return Number.POSITIVE_INFINITY
}

/** The paragraph only a reader entitled to the whole story gets (the opening two are free). */
export const withheldParagraph = (title: string) => `The withheld part of ${title}, for readers with free articles left or a subscription.`

/** A metered story of three paragraphs, made by `staff` in the Test section, as a draft unless told otherwise. */
export async function createStory(staff: Reader, title: string, status: 'draft' | 'published' = 'draft'): Promise<{ id: string | number; slug: string }> {
  const sections = await staff.get(`/api/sections?where[slug][equals]=${TEST_SECTION.slug}&depth=0`)
  const section = ((await sections.json()) as { docs: { id: string | number }[] }).docs[0].id
  const created = await staff.send('POST', '/api/articles', {
    title,
    dek: `The standfirst of ${title}.`,
    section,
    body: richTextFromParagraphs([`The opening of ${title}.`, `The second paragraph of ${title}.`, withheldParagraph(title)]),
    _status: status,
  })
  if (created.status !== 201) throw new Error(`creating "${title}" answered ${created.status}: ${await created.text()}`)
  return ((await created.json()) as { doc: { id: string | number; slug: string } }).doc
}

/** Publishes or unpublishes a story through the REST API, as the admin's Publish and Unpublish buttons do. */
export async function setStatus(staff: Reader, id: string | number, status: 'draft' | 'published'): Promise<void> {
  const saved = await staff.send('PATCH', `/api/articles/${id}`, { _status: status })
  if (saved.status !== 200) throw new Error(`setting story ${id} to ${status} answered ${saved.status}: ${await saved.text()}`)
}
