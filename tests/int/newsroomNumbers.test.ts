import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { cancelSubscription, registerReader, startCheckout } from '@/accounts/operations'
import { demoProvider } from '@/accounts/payments/demoProvider'
import { signedInAccess } from '@/accounts/signedInAccess'
import { utcDay } from '@/stats/aggregation'
import { deleteOldNumbers, flushTallies, NUMBERS_COLLECTION } from '@/stats/flush'
import { recordEvent, takeTallies } from '@/stats/recorder'
import { numbersBetween, summarize } from '@/stats/report'

import { confirmAddress, createImage, createStory } from '../support/fixtures'
import { bootPayload } from '../support/harness'
import { itNeeds } from '../support/testDatabase'

let payload: Payload
let cleanup: () => Promise<void>
let first: { id: string; slug: string }
let gate: { id: string; slug: string }
const secret = 'a-test-secret-of-at-least-32-characters'
const today = utcDay(Date.now())
const settings = { freeArticles: 3, registeredFreeArticles: 5, windowDays: 30 }

const read = (story: string, variant: 'full' | 'metered' | 'gated', identity: string | null) =>
  recordEvent({ kind: 'read', story, variant, standing: 'anonymous', referrer: 'direct' }, identity ? { identity, secret } : null)
const numbersToday = async () => summarize(await numbersBetween(payload, { from: today, to: today }))
const story = (slug: string) => async () => (await numbersToday()).stories.find((each) => each.story === slug)

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const image = await createImage(payload, 'numbers')
  const made = []
  for (const title of ['Numbers first read', 'Numbers gate']) made.push(await createStory(payload, { title, status: 'published', heroImage: image.id }))
  ;[first, gate] = made.map((doc) => ({ id: String(doc.id), slug: doc.slug as string }))
})
afterAll(async () => cleanup?.())
beforeEach(async () => {
  takeTallies()
  await payload.delete({ collection: NUMBERS_COLLECTION, where: { id: { exists: true } }, overrideAccess: true })
})

describe('the newsroom’s numbers in the database', () => {
  it('add up exactly what two instances flushed, each in its own rows', async () => {
    read(gate.slug, 'metered', 'reader-a')
    read(gate.slug, 'metered', 'reader-b')
    read(gate.slug, 'gated', 'reader-a')
    expect(await flushTallies(payload)).toBe(2)
    // A second instance (or the next flush): the same tallies, new rows.
    read(gate.slug, 'metered', 'reader-b')
    read(gate.slug, 'metered', 'reader-c')
    read(gate.slug, 'metered', null)
    recordEvent({ kind: 'gate-click', story: gate.slug, action: 'subscribe' }, null)
    expect(await flushTallies(payload)).toBe(2)
    expect(await flushTallies(payload)).toBe(0)

    const { totalDocs } = await payload.count({ collection: NUMBERS_COLLECTION, overrideAccess: true })
    expect(totalDocs).toBe(4)
    expect(await story(gate.slug)()).toMatchObject({ reads: 5, uniqueReaders: 3, gatesShown: 1, gateClicks: 1 })
  })

  itNeeds('transactions', 'land a flush whole or not at all: one row it cannot write, and none are, and all wait for the next', async () => {
    read(gate.slug, 'metered', 'reader-a')
    // No story is ever this long: the row is refused, after the one before it was written.
    recordEvent({ kind: 'gate-click', story: 'x'.repeat(300), action: 'subscribe' }, null)
    expect(await flushTallies(payload)).toBe(0)
    expect((await payload.count({ collection: NUMBERS_COLLECTION, overrideAccess: true })).totalDocs).toBe(0)
    expect([...takeTallies().counts.values()]).toEqual([1, 1])
  })

  it('credit a registration to the story the gate sent the reader from, unless they ask not to be followed', async () => {
    const next = `/articles/${gate.slug}`
    await registerReader(payload, { name: 'Followed', email: 'followed@example.com', password: 'correct horse battery', next }, { followed: true })
    await registerReader(payload, { name: 'Private', email: 'gpc@example.com', password: 'correct horse battery', next }, { followed: false })
    await flushTallies(payload)
    const numbers = await numbersToday()
    expect(numbers.totals.registrations).toBe(2)
    expect(numbers.stories.find((each) => each.story === gate.slug)?.registrations).toBe(1)
  })

  it('credit a subscription to the gate it came through and to the reader’s first story, and count its end', async () => {
    const registered = await registerReader(payload, { name: 'Subscriber', email: 'subscriber@example.com', password: 'correct horse battery' })
    if (!registered.ok) throw new Error(JSON.stringify(registered.form))
    await signedInAccess(payload, { token: registered.session.token, story: { id: first.id, freeToRead: false }, settings, mayCount: true }, Date.now())
    const reader = await confirmAddress(payload, registered.session.reader)
    const context = { siteUrl: 'http://localhost', now: new Date(), followed: true }
    const checkout = await startCheckout(payload, demoProvider, reader, { planId: 'monthly', next: `/subscribe?next=%2Farticles%2F${gate.slug}` }, context)
    expect(checkout.ok).toBe(true)
    const subscribed = await payload.findByID({ collection: 'readers', id: reader.id, depth: 0, overrideAccess: true })
    await cancelSubscription(payload, demoProvider, subscribed, context)
    await flushTallies(payload)

    const numbers = await numbersToday()
    expect(numbers.totals).toMatchObject({ registrations: 1, subscriptions: 1, subscriptionsEnded: 1 })
    expect(await story(gate.slug)()).toMatchObject({ subscriptions: 1, subscriptionsFromFirstRead: 0 })
    expect(await story(first.slug)()).toMatchObject({ subscriptions: 0, subscriptionsFromFirstRead: 1 })
  })

  it('forget the days past the retention setting', async () => {
    const day = 24 * 60 * 60 * 1000
    recordEvent({ kind: 'registration', story: '' }, null, Date.now() - 10 * day)
    recordEvent({ kind: 'registration', story: '' }, null, Date.now() - 3 * day)
    recordEvent({ kind: 'registration', story: '' }, null)
    await flushTallies(payload)
    await deleteOldNumbers(payload, 5)
    const kept = await numbersBetween(payload, { from: '2000-01-01', to: today })
    expect(kept.map((row) => row.day).sort()).toEqual([utcDay(Date.now() - 3 * day), today])
  })

  it('are written by the server alone, and read by editors', async () => {
    // The first staff account is made an admin.
    await payload.create({ collection: 'users', data: { email: 'a@newsroom.test', password: 'a-long-password', name: 'A', role: 'admin' } })
    const journalist = await payload.create({ collection: 'users', data: { email: 'j@newsroom.test', password: 'a-long-password', name: 'J', role: 'journalist' } })
    const editor = await payload.create({ collection: 'users', data: { email: 'e@newsroom.test', password: 'a-long-password', name: 'E', role: 'editor' } })
    recordEvent({ kind: 'registration', story: '' }, null)
    await flushTallies(payload)
    const as = (user: typeof editor) => ({ overrideAccess: false, user: { ...user, collection: 'users' as const } })
    await expect(payload.find({ collection: NUMBERS_COLLECTION, ...as(journalist) })).rejects.toMatchObject({ status: 403 })
    expect((await payload.find({ collection: NUMBERS_COLLECTION, ...as(editor) })).totalDocs).toBe(1)
    await expect(payload.create({ collection: NUMBERS_COLLECTION, data: { kind: 'read', day: today, count: 1000 }, ...as(editor) })).rejects.toMatchObject({
      status: 403,
    })
  })
})
