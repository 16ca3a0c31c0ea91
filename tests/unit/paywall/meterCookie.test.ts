import { describe, expect, it } from 'vitest'

import { readMeter, signMeter } from '@/paywall/meterCookie'

const secret = 'unit-test-secret-0123456789abcdef0123456789'
const meter = { windowStart: 1_700_000_000_000, readArticleIds: ['12', '64f0c0ffee'] }

describe('the signed meter cookie', () => {
  it('round-trips a meter', async () => {
    expect(await readMeter(await signMeter(meter, secret), secret)).toEqual(meter)
  })

  it('reads a tampered payload as no meter (a fresh reader)', async () => {
    const [body, signature] = (await signMeter(meter, secret)).split('.')
    const forged = Buffer.from(JSON.stringify({ v: 1, s: meter.windowStart, r: [] })).toString('base64url')
    expect(forged).not.toBe(body)
    expect(await readMeter(`${forged}.${signature}`, secret)).toBeNull()
  })

  it('rejects a cookie signed with another secret', async () => {
    expect(await readMeter(await signMeter(meter, `${secret}-other`), secret)).toBeNull()
  })

  it.each([
    ['empty', ''],
    ['no signature', 'abc'],
    ['three parts', 'a.b.c'],
    ['not base64url', 'a b.c'],
    ['oversized', `${'a'.repeat(5000)}.b`],
  ])('rejects a malformed cookie (%s)', async (_label, value) => {
    expect(await readMeter(value, secret)).toBeNull()
  })

  it('rejects a truncated signature', async () => {
    const cookie = await signMeter(meter, secret)
    expect(await readMeter(cookie.slice(0, -4), secret)).toBeNull()
  })

  it('rejects a correctly signed payload of the wrong shape', async () => {
    const body = Buffer.from(JSON.stringify({ v: 2, s: 'yesterday', r: 'all' })).toString('base64url')
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(`meter-cookie:v1:${secret}`),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const signature = Buffer.from(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body))).toString('base64url')
    expect(await readMeter(`${body}.${signature}`, secret)).toBeNull()
  })

  it('reads a cookie verified before as it was, and still refuses one altered after it', async () => {
    const cookie = signMeter(meter, secret)
    const first = readMeter(cookie, secret)!
    first.readArticleIds.push('changed by a caller')
    expect(readMeter(cookie, secret)).toEqual(meter)
    expect(readMeter(`${cookie.slice(0, -2)}AA`, secret)).toBeNull()
    expect(readMeter(cookie, `${secret}-other`)).toBeNull()
  })
})
