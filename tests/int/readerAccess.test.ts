import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerReader, startCheckout } from '@/accounts/operations'
import { demoProvider } from '@/accounts/payments/demoProvider'
import { isSessionListed, signedInAccess } from '@/accounts/signedInAccess'
import type { Reader } from '@/payload-types'

import { confirmAddress, createImage, createStory } from '../support/fixtures'
import { bootPayload } from '../support/harness'

let payload: Payload
let cleanup: () => Promise<void>
let stories: { id: string; freeToRead: boolean }[]
let freeStory: { id: string; freeToRead: boolean }
let secretStory: { id: string | number }

const settings = { freeArticles: 3, registeredFreeArticles: 5, windowDays: 30 }

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const image = await createImage(payload, 'reader-access')
  stories = []
  for (let index = 1; index <= 7; index += 1) {
    const story = await createStory(payload, { title: `Metered ${index}`, status: 'published', heroImage: image.id })
    stories.push({ id: String(story.id), freeToRead: false })
  }
  const free = await createStory(payload, { title: 'Free to read', status: 'published', freeToRead: true, heroImage: image.id })
  freeStory = { id: String(free.id), freeToRead: true }
  secretStory = await createStory(payload, {
    title: 'Gated scoop',
    status: 'published',
    paragraphs: ['Opening paragraph.', 'Second paragraph.', 'The withheld revelation.'],
    heroImage: image.id,
  })
})
afterAll(async () => cleanup?.())

async function signUp(email: string): Promise<{ token: string; reader: Reader }> {
  const result = await registerReader(payload, { name: 'Test Reader', email, password: 'correct horse battery' })
  if (!result.ok) throw new Error(JSON.stringify(result.form))
  return { token: result.session.token, reader: result.session.reader }
}

const ask = (token: string, story: { id: string; freeToRead: boolean }, mayCount = true) =>
  signedInAccess(payload, { token, story, settings, mayCount }, Date.now())

describe('a signed-in free reader', () => {
  it('is metered on their account: five stories, then the gated variant, whatever their cookies', async () => {
    const { token, reader } = await signUp('meter@example.com')
    const answers = []
    for (const story of stories.slice(0, 6)) answers.push(await ask(token, story))
    expect(answers.map((answer) => answer.signedIn && answer.variant)).toEqual([
      'metered-4',
      'metered-3',
      'metered-2',
      'metered-1',
      'metered-0',
      'gated',
    ])
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.meter?.readArticleIds).toEqual(stories.slice(0, 5).map((story) => story.id))
    // What the delivery layer remembers of this session: the account and its meter as now stored.
    expect(answers[5]).toMatchObject({ accountId: `readers:${reader.id}`, meter: { readArticleIds: stories.slice(0, 5).map((story) => story.id) } })
    // A story already read stays open, as a re-read; a free-to-read story is never counted.
    expect(await ask(token, stories[0])).toMatchObject({ signedIn: true, readsEverything: false, variant: 'metered-0-reread' })
    expect(await ask(token, freeStory)).toMatchObject({ signedIn: true, readsEverything: false, variant: 'full' })
  })

  it('gives a burst of parallel requests no more than the reads left', async () => {
    const { token, reader } = await signUp('burst@example.com')
    await payload.update({
      collection: 'readers',
      id: reader.id,
      overrideAccess: true,
      data: { meter: { windowStart: new Date().toISOString(), readArticleIds: ['901', '902', '903', '904'] } },
    })
    const answers = await Promise.all(stories.map((story) => ask(token, story)))
    const variants = answers.map((answer) => (answer.signedIn ? answer.variant : 'anonymous'))
    expect(variants.filter((variant) => variant === 'metered-0')).toHaveLength(1)
    expect(variants.filter((variant) => variant === 'gated')).toHaveLength(stories.length - 1)
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.meter?.readArticleIds).toHaveLength(5)
  })

  it('keeps the reads another instance counted a moment later than this request began', async () => {
    // Two instances: the later request took the lock first and opened the window; the earlier one comes second.
    const { token, reader } = await signUp('out-of-order@example.com')
    const begun = Date.now()
    expect(await signedInAccess(payload, { token, story: stories[0], settings, mayCount: true }, begun + 20)).toMatchObject({ variant: 'metered-4' })
    expect(await signedInAccess(payload, { token, story: stories[1], settings, mayCount: true }, begun)).toMatchObject({ variant: 'metered-3' })
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.meter?.readArticleIds).toEqual([stories[0].id, stories[1].id])
  })

  it('spends no read on a prefetch', async () => {
    const { token, reader } = await signUp('prefetch@example.com')
    expect(await ask(token, stories[0], false)).toMatchObject({ signedIn: true, readsEverything: false, variant: 'gated' })
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.meter?.readArticleIds ?? []).toEqual([])
  })
})

describe('a subscriber', () => {
  it('reads everything without being counted, until the subscription lapses', async () => {
    const { token, reader } = await signUp('subscriber@example.com')
    await startCheckout(payload, demoProvider, await confirmAddress(payload, reader), { planId: 'monthly' }, { siteUrl: 'http://localhost', now: new Date() })
    for (const story of stories) expect(await ask(token, story)).toMatchObject({ signedIn: true, readsEverything: true, variant: 'full' })
    const stored = await payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
    expect(stored.meter?.readArticleIds ?? []).toEqual([])

    await payload.update({
      collection: 'readers',
      id: reader.id,
      overrideAccess: true,
      data: { subscription: { ...stored.subscription!, currentPeriodEnd: new Date(Date.now() - 1000).toISOString() } },
    })
    expect(await ask(token, stories[0])).toMatchObject({ signedIn: true, readsEverything: false, variant: 'metered-4' })
  })

  it('gets the body of a gated story through the API; a free reader does not', async () => {
    const subscriber = await signUp('api-subscriber@example.com')
    await startCheckout(payload, demoProvider, await confirmAddress(payload, subscriber.reader), { planId: 'annual' }, { siteUrl: 'http://localhost', now: new Date() })
    const free = await signUp('api-free@example.com')
    const bodyFor = async (token: string) => {
      const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
      const story = await payload.findByID({ collection: 'articles', id: secretStory.id, overrideAccess: false, user })
      return JSON.stringify(story.body ?? null)
    }
    expect(await bodyFor(subscriber.token)).toContain('The withheld revelation.')
    expect(await bodyFor(free.token)).not.toContain('The withheld revelation.')
  })
})

describe('a session that does not verify', () => {
  it.each([
    ['a forged token', 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiY29sbGVjdGlvbiI6InJlYWRlcnMifQ.c2lnbmF0dXJl'],
    ['an unsigned token', 'eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.'],
    ['garbage', 'not-a-jwt'],
  ])('treats %s as an anonymous visitor', async (_case, token) => {
    expect(await ask(token, stories[0])).toEqual({ signedIn: false })
  })

  it('tells a session still listed on its account (which Payload could not verify: the gate, not a free read) from one gone', async () => {
    const { token, reader } = await signUp('listed-session@example.com')
    expect(await isSessionListed(payload, token)).toBe(true)
    const [header, body] = token.split('.')
    expect(await isSessionListed(payload, `${header}.${body}.${Buffer.from('not our signature').toString('base64url')}`)).toBe(false)
    await payload.update({ collection: 'readers', id: reader.id, overrideAccess: true, data: { sessions: [] } })
    expect(await isSessionListed(payload, token)).toBe(false)
  })

  it('treats a token naming a live session, but not signed by this server, as an anonymous visitor', async () => {
    const { token } = await signUp('forged-session@example.com')
    const [header, body] = token.split('.')
    expect(await ask(`${header}.${body}.${Buffer.from('not our signature').toString('base64url')}`, stories[0])).toEqual({ signedIn: false })
  })

  it('treats a logged-out session as anonymous', async () => {
    const { token, reader } = await signUp('logout@example.com')
    expect((await ask(token, stories[0])).signedIn).toBe(true)
    await payload.update({ collection: 'readers', id: reader.id, overrideAccess: true, data: { sessions: [] } })
    expect(await ask(token, stories[0])).toEqual({ signedIn: false })
  })
})
