import { beforeAll, describe, expect, it } from 'vitest'

import { publishTestStory, Reader, signedInStaff } from '../support/reader'
import { chromeUserAgent } from '../support/userAgent'

// What the newsroom counts, seen through /api/stats after readers go through the funnel.
const today = new Date().toISOString().slice(0, 10)
const statsPath = `/api/stats?from=${today}&to=${today}`
const browser = (name: string, extra: Record<string, string> = {}) => ({
  'user-agent': chromeUserAgent('156.0', name),
  'accept-language': 'en-GB,en;q=0.9',
  ...extra,
})

type StoryNumbers = { slug: string; title: string; reads: number; uniqueReaders: number; gatesShown: number; gateClicks: number; registrations: number; subscriptions: number }
type Numbers = { stories: StoryNumbers[]; totals: Omit<StoryNumbers, 'slug' | 'title'> }

let slugs: string[]
let editor: Reader
let journalist: Reader

const publish = async (author: Reader, title: string) => (await publishTestStory(author, title, 'Counted by the newsroom.')).slug

const read = async (reader: Reader, slug: string, headers: Record<string, string>) => {
  const response = await reader.get(`/articles/${slug}`, headers)
  expect(response.status).toBe(200)
  return response.text()
}

const numbersOf = async (staff: Reader): Promise<Numbers> => (await (await staff.get(statsPath)).json()) as Numbers

beforeAll(async () => {
  ;[editor, journalist] = await Promise.all([signedInStaff('editor'), signedInStaff('journalist')])
  slugs = []
  for (const index of [1, 2, 3]) slugs.push(await publish(journalist, `Numbers: the journalist's story ${index} ${Date.now()}`))
  slugs.push(await publish(editor, `Numbers: the editor's story ${Date.now()}`))
})

describe('the newsroom’s numbers', () => {
  it('count each read, the gate, its click and the registration it brought, within 10 seconds', async () => {
    const [first, second, third, gated] = slugs
    const rosa = new Reader()
    await read(rosa, first, browser('rosa', { referer: 'https://www.google.com/' }))
    // A prefetch is no read, and a HEAD neither.
    expect((await rosa.get(`/articles/${second}`, browser('rosa', { purpose: 'prefetch' }))).status).toBe(200)
    await rosa.request(`/articles/${second}`, { method: 'HEAD', headers: browser('rosa') })
    await read(rosa, second, browser('rosa'))
    await read(rosa, third, browser('rosa'))
    expect(await read(rosa, gated, browser('rosa'))).toContain('data-testid="gate-panel"')

    const click = await rosa.get(`/go/register?from=${gated}`, browser('rosa'))
    expect(click.status).toBe(200)
    expect(click.url).toMatch(new RegExp(`/register\\?next=%2Farticles%2F${gated}$`))
    const registered = await rosa.submitForm(
      `/register?next=%2Farticles%2F${gated}`,
      { name: 'Rosa Counted', email: `rosa-${Date.now()}@example.com`, password: 'correct horse battery' },
      browser('rosa'),
    )
    expect(registered.status).toBe(303)
    expect(await read(rosa, gated, browser('rosa'))).not.toContain('data-testid="gate-panel"')

    // Another visitor reads the first story twice; one asks not to be followed; a crawler is no reader.
    const tomas = new Reader()
    await read(tomas, first, browser('tomas'))
    await read(tomas, first, browser('tomas'))
    await read(new Reader(), first, browser('private', { 'sec-gpc': '1' }))
    await read(new Reader(), first, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' })
    await read(editor, first, browser('editor'))

    const expected = [
      { slug: first, reads: 4, uniqueReaders: 2, gatesShown: 0, gateClicks: 0, registrations: 0, subscriptions: 0 },
      { slug: second, reads: 1, uniqueReaders: 1, gatesShown: 0, gateClicks: 0, registrations: 0, subscriptions: 0 },
      { slug: third, reads: 1, uniqueReaders: 1, gatesShown: 0, gateClicks: 0, registrations: 0, subscriptions: 0 },
      { slug: gated, reads: 1, uniqueReaders: 1, gatesShown: 1, gateClicks: 1, registrations: 1, subscriptions: 0 },
    ]
    const ours = (numbers: Numbers) => slugs.map((slug) => numbers.stories.find((story) => story.slug === slug))
    const started = Date.now()
    let numbers = await numbersOf(editor)
    while (JSON.stringify(ours(numbers)) !== JSON.stringify(ours({ stories: expected.map((each) => ({ ...each, title: '' })) } as Numbers)) && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      numbers = await numbersOf(editor)
    }
    expect(ours(numbers).map((story) => story && { ...story, title: undefined })).toEqual(expected.map((each) => ({ ...each, title: undefined })))
    expect(ours(numbers)[3]?.title).toMatch(/^Numbers: the editor's story/)
    expect(numbers.totals.reads).toBeGreaterThanOrEqual(7)
    expect(numbers.totals.registrations).toBeGreaterThanOrEqual(1)
  })

  it('show a journalist only their own stories', async () => {
    const mine = (await numbersOf(journalist)).stories.map((story) => story.slug)
    expect(mine).toEqual(expect.arrayContaining(slugs.slice(0, 3)))
    expect(mine).not.toContain(slugs[3])
  })

  it('answer a spreadsheet with the same counts', async () => {
    const response = await editor.get(`${statsPath}&format=csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await response.text()).split('\r\n')
    expect(lines[0]).toBe('"slug","title","reads","uniqueReaders","gatesShown","gateClicks","registrations","subscriptions"')
    expect(lines.find((line) => line.startsWith(`"${slugs[3]}"`))).toMatch(/,"1","1","1","1","1","0"$/)
  })

  it('are for staff only, and refuse a bad period naming it', async () => {
    expect((await new Reader().get(statsPath)).status).toBe(401)
    const reader = new Reader()
    await reader.submitForm('/register', { name: 'Nosy Reader', email: `nosy-${Date.now()}@example.com`, password: 'correct horse battery' })
    const refused = await reader.get(statsPath)
    expect(refused.status).toBe(403)
    const bad = await editor.get('/api/stats?from=2026-13-01&to=2026-12-07')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: 'from is not a date on the calendar' })
    expect((await editor.get('/api/stats?from=2026-12-08&to=2026-12-07')).status).toBe(400)
    // Nothing over the API writes a number.
    expect((await editor.send('POST', '/api/newsroom-numbers', { kind: 'read', day: today, count: 1000 })).status).toBe(403)
  })
})
