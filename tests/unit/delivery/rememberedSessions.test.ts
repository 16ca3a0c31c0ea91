import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { askReaderAccess, type ReaderAccessRequest, type ReaderAccessResponse } from '@/delivery/readerAccess'
import { accountKey, forgetSessionsOf, onSessionsForgotten, rememberedSession, rememberSession } from '@/delivery/rememberedSessions'
import { DEFAULT_PAYWALL_SETTINGS } from '@/paywall/settings'

const settings = { ...DEFAULT_PAYWALL_SETTINGS, registeredFreeArticles: 2 }
const tokenOf = (n: number) => `header.session-${n}.signature`

describe('a remembered session', () => {
  it('is forgotten when its account changes, and an answer asked for before the change is not kept', () => {
    const account = accountKey('readers', 1)
    rememberSession(tokenOf(1), { accountId: account, readsEverything: true }, 1_000, 1_000)
    expect(rememberedSession(tokenOf(1), 1_500)).toEqual({ accountId: account, readsEverything: true })

    forgetSessionsOf(account, { now: 2_000 })
    expect(rememberedSession(tokenOf(1), 2_001)).toBeNull()
    // The server was asked before the change, answered after it: that answer is already old.
    rememberSession(tokenOf(1), { accountId: account, readsEverything: true }, 1_999, 2_002)
    expect(rememberedSession(tokenOf(1), 2_003)).toBeNull()
    rememberSession(tokenOf(1), { accountId: account, readsEverything: true }, 2_005, 2_006)
    expect(rememberedSession(tokenOf(1), 2_007)).not.toBeNull()
  })

  it('keeps staff and readers with the same id apart', () => {
    expect(accountKey('users', 7)).not.toBe(accountKey('readers', 7))
  })

  it('tells the other instances, except for news that came from one of them', () => {
    const heard: string[] = []
    const stop = onSessionsForgotten((account) => heard.push(account))
    forgetSessionsOf('readers:41')
    forgetSessionsOf('readers:42', { fromElsewhere: true })
    stop()
    expect(heard).toEqual(['readers:41'])
  })
})

/** The server's side of reader access, as the delivery layer sees it: an HTTP route that counts reads. */
describe('a free account read through the delivery layer', () => {
  let server: http.Server
  let port = 0
  const asked: ReaderAccessRequest[] = []
  const stored = { windowStart: Date.now(), readArticleIds: [] as string[] }

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        const asking = JSON.parse(body) as ReaderAccessRequest
        asked.push(asking)
        let variant = 'gated'
        if (stored.readArticleIds.includes(asking.story.id)) variant = `metered-${2 - stored.readArticleIds.length}`
        else if (asking.mayCount && stored.readArticleIds.length < 2) {
          stored.readArticleIds.push(asking.story.id)
          variant = `metered-${2 - stored.readArticleIds.length}`
        }
        const answer: ReaderAccessResponse = { signedIn: true, accountId: 'readers:9', readsEverything: false, meter: { ...stored, readArticleIds: [...stored.readArticleIds] }, variant: variant as never }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const read = (id: string, mayCount = true) =>
    askReaderAccess({ token: tokenOf(9), story: { id, freeToRead: false }, settings, mayCount }, { PORT: port, PAYLOAD_SECRET: 'x'.repeat(32) })

  it('asks the server only for a read that would count: re-reads and gated reads are decided from the remembered meter', async () => {
    expect(await read('a')).toMatchObject({ variant: 'metered-1' })
    expect(asked).toHaveLength(1)
    for (let i = 0; i < 5; i += 1) expect(await read('a')).toMatchObject({ variant: 'metered-1' })
    expect(asked).toHaveLength(1)

    expect(await read('b')).toMatchObject({ variant: 'metered-0' })
    expect(asked).toHaveLength(2)
    // The allowance is used up: a third story is gated without asking, a re-read still open, marked as one.
    expect(await read('c')).toMatchObject({ variant: 'gated' })
    expect(await read('a')).toMatchObject({ variant: 'metered-0-reread' })
    expect(asked).toHaveLength(2)
  })

  it('asks again once the account changed (a subscription, a logout)', async () => {
    forgetSessionsOf('readers:9')
    await read('a')
    expect(asked).toHaveLength(3)
  })
})
