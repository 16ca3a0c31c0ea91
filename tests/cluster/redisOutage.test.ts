import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_PAYWALL_SETTINGS } from '@/paywall/settings'

import { UNHEARD_CHANGE_BOUND_MS } from '@/delivery/clusterSignals'

import { Reader } from '../support/reader'
import {
  createStory,
  msUntil,
  pageFrom,
  PROPAGATION_BOUND_MS,
  setStatus,
  signedInReaderOn,
  staffOn,
  startCluster,
  withheldParagraph,
  type Cluster,
} from '../support/cluster'

/**
 * Redis stops while two instances serve: both keep answering from their own memory (a free
 * account, when its meter cannot be locked, is gated rather than given more), and once Redis is
 * back, without restarting anything, a change through one instance reaches the other again.
 * This file breaks its own cluster's Redis, so it starts one of its own.
 */
/** A page during the outage may be slower (a render instead of a copy), never hung. */
const PAGE_DURING_OUTAGE_MS = 5_000
/** How long readers keep reading while Redis is down. */
const OUTAGE_READING_MS = 5_000
/** Redis clients reconnect by themselves; the instances get this long after Redis is back before a change must reach both again. */
const RECONNECT_GRACE_MS = 5_000
const ALLOWANCE = DEFAULT_PAYWALL_SETTINGS.registeredFreeArticles

let cluster: Cluster
let a: string
let b: string
let journalist: Reader
let admin: Reader
let personPath: string
let stories: { slug: string; title: string }[]

beforeAll(async () => {
  cluster = await startCluster()
  a = cluster.a.url
  b = cluster.b.url
  journalist = await staffOn(a, 'journalist')
  admin = await staffOn(a, 'admin')
  const people = (await (await fetch(`${a}/api/people?limit=1&depth=0`)).json()) as { docs: { slug: string }[] }
  personPath = `/people/${people.docs[0].slug}`
  stories = []
  for (let index = 0; index < ALLOWANCE + 2; index += 1) {
    const title = `Outage story ${index + 1} ${Date.now()}`
    stories.push({ title, slug: (await createStory(journalist, title, 'published')).slug })
  }
})

afterAll(async () => {
  await cluster?.stop()
})

const anonymous = () => new Reader(a)

async function timedPage(reader: Reader, baseURL: string, pathname: string) {
  const started = performance.now()
  const page = await pageFrom(reader, baseURL, pathname).catch((error: Error) => ({ status: 0, html: error.message }))
  return { ...page, ms: performance.now() - started, whole: page.html.trimEnd().endsWith('</html>') || pathname.endsWith('.xml') }
}

describe('Redis stopped mid-run', () => {
  it('leaves both instances serving whole pages, promptly, from their own memory', async () => {
    const paths = ['/', `/articles/${stories[0].slug}`, personPath, '/feed.xml']
    for (const baseURL of [a, b]) for (const pathname of paths) expect((await timedPage(anonymous(), baseURL, pathname)).status).toBe(200)

    await cluster.redis.stop()
    const failures: string[] = []
    const deadline = performance.now() + OUTAGE_READING_MS
    for (let turn = 0; performance.now() < deadline; turn += 1) {
      const baseURL = turn % 2 === 0 ? a : b
      const pathname = paths[turn % paths.length]
      const page = await timedPage(anonymous(), baseURL, pathname)
      if (page.status !== 200 || !page.whole || page.ms > PAGE_DURING_OUTAGE_MS)
        failures.push(`${baseURL}${pathname} ${page.status} in ${Math.round(page.ms)} ms`)
    }
    expect(failures).toEqual([])

    // Each instance says so to operators, and stays in the load balancer's pool (200: it serves readers).
    for (const baseURL of [a, b]) {
      const health = await fetch(`${baseURL}/api/health`)
      expect(health.status).toBe(200)
      expect(await health.json()).toMatchObject({ status: 'degraded', database: { ok: true }, redis: { ok: false } })
    }
  })

  it('still brings a story published through A to B, within the bound of a change no instance could announce', async () => {
    const reader = anonymous()
    const title = `Story published while Redis was down ${Date.now()}`
    const story = await createStory(journalist, title)
    await pageFrom(reader, b, '/')
    await setStatus(journalist, story.id, 'published')
    const onB = await msUntil(async () => (await pageFrom(reader, b, '/')).html.includes(title))
    expect(onB, "ms until B's home page shows it").toBeLessThanOrEqual(UNHEARD_CHANGE_BOUND_MS + PROPAGATION_BOUND_MS)
  })

  it('never gives a free account more than its allowance while the meter cannot be shared', async () => {
    const reader = await signedInReaderOn(a, admin, `outage-free-${Date.now()}@example.com`)
    const requests = stories.flatMap((story) => [a, b].map((baseURL) => ({ story, baseURL })))
    const pages = await Promise.all(requests.map(async ({ story, baseURL }) => ({ story, page: await timedPage(reader, baseURL, `/articles/${story.slug}`) })))
    expect(
      pages
        .filter(({ page }) => page.status !== 200 || page.ms > PAGE_DURING_OUTAGE_MS)
        .map(({ story, page }) => `${story.slug} ${page.status} ${Math.round(page.ms)} ms`),
    ).toEqual([])
    const readInFull = new Set(pages.filter(({ story, page }) => page.html.includes(withheldParagraph(story.title))).map(({ story }) => story.slug))
    for (const [index, story] of stories.entries()) {
      const { html } = await pageFrom(reader, index % 2 === 0 ? a : b, `/articles/${story.slug}`)
      if (html.includes(withheldParagraph(story.title))) readInFull.add(story.slug)
    }
    expect(readInFull.size, `stories read in full: ${[...readInFull].join(', ')}`).toBeLessThanOrEqual(ALLOWANCE)
  })

  it('recovers once Redis is back, without a restart: a change through A reaches B within a second again', async () => {
    await cluster.redis.restart()
    await new Promise((resolve) => setTimeout(resolve, RECONNECT_GRACE_MS))
    for (const baseURL of [a, b]) expect(await (await fetch(`${baseURL}/api/health`)).json()).toMatchObject({ status: 'ok', redis: { ok: true } })

    const reader = anonymous()
    const title = `Story published after Redis came back ${Date.now()}`
    const story = await createStory(journalist, title)
    for (const baseURL of [a, b]) for (const pathname of ['/', `/articles/${story.slug}`, '/feed.xml']) await pageFrom(reader, baseURL, pathname)

    await setStatus(journalist, story.id, 'published')
    const shows = (baseURL: string, pathname: string) => async () => (await pageFrom(reader, baseURL, pathname)).html.includes(title)
    const [storyOnB, homeOnB, feedOnB] = await Promise.all([
      msUntil(shows(b, `/articles/${story.slug}`)),
      msUntil(shows(b, '/')),
      msUntil(shows(b, '/feed.xml')),
    ])
    expect.soft(storyOnB, 'ms until B serves the story').toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(homeOnB, "ms until B's home page shows it").toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(feedOnB, "ms until B's feed lists it").toBeLessThanOrEqual(PROPAGATION_BOUND_MS)

    await setStatus(journalist, story.id, 'draft')
    const goneFromB = await msUntil(async () => (await pageFrom(reader, b, `/articles/${story.slug}`)).status === 404 && !(await shows(b, '/')()))
    expect.soft(goneFromB, 'ms until B no longer shows the unpublished story').toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
  })
})
