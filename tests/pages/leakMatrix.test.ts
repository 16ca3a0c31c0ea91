/**
 * The leak matrix: for each kind of visitor, on every channel that can carry a
 * story, the withheld paragraphs of a gated story (and the text of drafts) are
 * present exactly when that visitor is entitled to them.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import sharp from 'sharp'

import { slugify } from '@/lib/slugify'
import { METER_COOKIE, signMeter } from '@/paywall/meterCookie'
import { DEMO_LOGINS } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { TEST_SECRET } from '../support/server'
import { createReaderAccount, decodeEntities, Reader, readerLogin, signedInStaff, testSectionId } from '../support/reader'

const GATED = {
  title: 'Leak matrix: the gated story',
  opening: ['The opening paragraph anyone may read.', 'The second paragraph, still free.'],
  withheld: 'The withheld paragraph names the source: Zephyrine Quill of the river ministry.',
  /** A quote taken from the withheld paragraph: the story's own words, gated like them. */
  quote: 'Zephyrine Quill of the river ministry',
}
const PENDING_EDIT = 'An unpublished correction nobody but staff may see yet.'
const DRAFT = {
  title: 'Leak matrix: an unpublished scoop',
  text: 'The scoop itself, still a draft: Marigold Vantablack.',
  imageAlt: 'Photo of the scoop: Marigold Vantablack leaving the ministry.',
}
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

type Story = { id: string | number; slug: string }
let gated: Story
let draft: Story
let staff: Reader
/** Who said the withheld quote: their page lists the gated story and the draft would be listed too, if it leaked. */
let speaker: { id: string | number; slug: string }
let gatedQuote: { id: string | number }

type Persona = {
  name: string
  /** Entitled to the gated text on the site (HTML and RSC). */
  readsOnSite: boolean
  /** Reads everything without a meter (subscribers, staff): the API and prefetches, which spend no free reads. */
  readsEverything: boolean
  staff: boolean
  visitor: () => Reader
  headers?: Record<string, string>
}

async function staffRequest(method: 'POST' | 'PATCH', path: string, data: unknown): Promise<Record<string, unknown>> {
  const response = await staff.send(method, path, data)
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { doc: Record<string, unknown> }).doc
}

async function signedInReader(email: string, fields: Record<string, unknown>): Promise<Reader> {
  await createReaderAccount(staff, email, fields)
  const { reader, response } = await readerLogin(email)
  if (response.status !== 200) throw new Error(`reader login answered ${response.status}`)
  return reader
}

async function exhaustedCookie(): Promise<string> {
  return signMeter({ windowStart: Date.now() - 60_000, readArticleIds: ['901', '902', '903'] }, TEST_SECRET)
}

beforeAll(async () => {
  staff = await signedInStaff()

  gated = (await staffRequest('POST', '/api/articles', {
    title: GATED.title,
    dek: 'A standfirst that is safe to show anyone.',
    section: await testSectionId(),
    body: richTextFromParagraphs([...GATED.opening, GATED.withheld]),
    _status: 'published',
  })) as Story
  const { docs: people } = (await (await staff.get('/api/people?limit=1&depth=0')).json()) as { docs: (typeof speaker)[] }
  speaker = people[0]
  gatedQuote = (await staffRequest('POST', '/api/quotes', { text: GATED.quote, speaker: speaker.id, article: gated.id })) as typeof gatedQuote
  await staffRequest('PATCH', `/api/articles/${gated.id}`, { people: [speaker.id] })
  await staffRequest('PATCH', `/api/articles/${gated.id}?draft=true`, {
    body: richTextFromParagraphs([...GATED.opening, GATED.withheld, PENDING_EDIT]),
  })
  const upload = new FormData()
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#884422' } }).png().toBuffer()
  upload.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'leak-matrix-scoop.png')
  upload.append('_payload', JSON.stringify({ alt: DRAFT.imageAlt, caption: DRAFT.imageAlt }))
  const uploaded = await staff.request('/api/media', { method: 'POST', body: upload })
  expect(uploaded.status).toBe(201)
  const draftImage = ((await uploaded.json()) as { doc: { id: string | number } }).doc

  draft = (await staffRequest('POST', '/api/articles?draft=true', {
    title: DRAFT.title,
    heroImage: draftImage.id,
    dek: 'Not published.',
    section: await testSectionId(),
    people: [speaker.id],
    body: richTextFromParagraphs([DRAFT.text]),
    _status: 'draft',
  })) as Story

  exhausted = await exhaustedCookie()
  registered = await signedInReader('exhausted@example.com', {
    meter: { windowStart: new Date().toISOString(), readArticleIds: ['901', '902', '903', '904', '905'] },
  })
  subscriber = await signedInReader('subscriber@example.com', {
    subscription: { plan: 'subscriber', status: 'active', currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000).toISOString() },
  })
})

let exhausted: string
let registered: Reader
let subscriber: Reader
// A session token of the right shape, signed with the wrong key.
const FORGED_SESSION =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIiwiZW1haWwiOiJlZGl0b3JAbmV3c3Jvb20udGVzdCJ9.3Wq9Zt0cQxP1mC4yV6eS8bN2kR7uA5hJ0dF3gL9iK1o'

function withCookies(cookies: () => Record<string, string>): () => Reader {
  return () => {
    const reader = new Reader()
    for (const [name, value] of Object.entries(cookies())) reader.cookies.set(name, value)
    return reader
  }
}

const personas: Persona[] = [
  { name: 'an anonymous reader with no free articles left', readsOnSite: false, readsEverything: false, staff: false, visitor: withCookies(() => ({ [METER_COOKIE]: exhausted })) },
  { name: 'a registered reader with no free articles left', readsOnSite: false, readsEverything: false, staff: false, visitor: () => registered },
  { name: 'a subscriber', readsOnSite: true, readsEverything: true, staff: false, visitor: () => subscriber },
  { name: 'a staff member', readsOnSite: true, readsEverything: true, staff: true, visitor: () => staff },
  // Crawlers are not trusted by user agent: a first visit without cookies is a first free read, as for anyone.
  { name: 'a search-engine crawler (no cookies)', readsOnSite: true, readsEverything: false, staff: false, visitor: () => new Reader(), headers: { 'user-agent': GOOGLEBOT } },
  { name: 'a browser claiming to be a crawler, with no free articles left', readsOnSite: false, readsEverything: false, staff: false, visitor: withCookies(() => ({ [METER_COOKIE]: exhausted })), headers: { 'user-agent': GOOGLEBOT } },
  { name: 'a visitor with a forged session and no free articles left', readsOnSite: false, readsEverything: false, staff: false, visitor: withCookies(() => ({ [METER_COOKIE]: exhausted, 'payload-token': FORGED_SESSION })) },
]

type Channel = {
  name: string
  /**
   * Who gets the gated text here: `metered` (whoever the meter lets read, or reads everything),
   * `unmetered` (subscribers and staff), `staff` (with draft=true, others get only documents whose
   * latest version is published, and the gated story has a pending edit), or nobody (null).
   */
  opensWith: 'metered' | 'unmetered' | 'staff' | null
  /** Drafts on this channel: `never` (the site shows published stories only), `staff` (staff may see them: the API). */
  drafts: 'never' | 'staff'
  /** Unpublished text staff asked for here and must get. */
  staffMustSee?: string[]
  fetch: (visitor: Reader, headers: Record<string, string>) => Promise<string>
}

async function text(visitor: Reader, path: string, headers: Record<string, string>, init: RequestInit = {}): Promise<string> {
  const response = await visitor.request(path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } })
  // Anything but a clear answer would hide a leak behind an error page.
  expect(response.status, `${path} answered ${response.status}`).toBeLessThan(500)
  return decodeEntities(await response.text())
}

const graphql = (query: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
})

/** The head of the page and its JSON-LD: what search engines and link previews read. */
const metadataOf = (html: string): string =>
  [html.slice(0, html.indexOf('</head>')), ...(html.match(/<script type="application\/ld\+json">.*?<\/script>/g) ?? [])].join('\n')

const channels: Channel[] = [
  { name: 'the story page HTML', opensWith: 'metered', drafts: 'never', fetch: (v, h) => text(v, `/articles/${gated.slug}`, h) },
  { name: 'the RSC payload (RSC: 1)', opensWith: 'metered', drafts: 'never', fetch: (v, h) => text(v, `/articles/${gated.slug}`, { ...h, RSC: '1' }) },
  { name: 'the RSC payload (?_rsc=)', opensWith: 'metered', drafts: 'never', fetch: (v, h) => text(v, `/articles/${gated.slug}?_rsc=1x2y3`, h) },
  // Story pages render per request for the proxy: Next's prefetch of one carries the frame, no text.
  { name: 'a router prefetch', opensWith: null, drafts: 'never', fetch: (v, h) => text(v, `/articles/${gated.slug}?_rsc=1x2y3`, { ...h, RSC: '1', 'next-router-prefetch': '1' }) },
  { name: 'REST: the list', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, '/api/articles?limit=100&depth=2', h) },
  { name: 'REST: by id', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, `/api/articles/${gated.id}?depth=2`, h) },
  { name: 'REST: where[slug]', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, `/api/articles?where[slug][equals]=${gated.slug}`, h) },
  { name: 'REST: depth=3 (the most without signing in)', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, `/api/articles?where[slug][equals]=${gated.slug}&depth=3`, h) },
  { name: 'REST: select[body]', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, `/api/articles?where[slug][equals]=${gated.slug}&select[body]=true`, h) },
  { name: 'REST: draft=true list', opensWith: 'staff', drafts: 'staff', staffMustSee: [PENDING_EDIT, DRAFT.text], fetch: (v, h) => text(v, '/api/articles?limit=100&draft=true&sort=-updatedAt', h) },
  { name: 'REST: draft=true by id', opensWith: 'unmetered', drafts: 'staff', staffMustSee: [PENDING_EDIT, DRAFT.text], fetch: async (v, h) => (await text(v, `/api/articles/${gated.id}?draft=true`, h)) + (await text(v, `/api/articles/${draft.id}?draft=true`, h)) },
  { name: 'GraphQL list', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, '/api/graphql', h, graphql('{ Articles(limit: 200) { docs { title slug body } } }')) },
  { name: 'GraphQL list, draft: true', opensWith: 'staff', drafts: 'staff', staffMustSee: [PENDING_EDIT, DRAFT.text], fetch: (v, h) => text(v, '/api/graphql', h, graphql('{ Articles(limit: 200, draft: true) { docs { title slug body } } }')) },
  { name: 'GraphQL by id', opensWith: 'unmetered', drafts: 'staff', staffMustSee: [PENDING_EDIT, DRAFT.text], fetch: async (v, h) => (await text(v, '/api/graphql', h, graphql(`{ Article(id: ${JSON.stringify(gated.id)}, draft: true) { body } }`))) + (await text(v, '/api/graphql', h, graphql(`{ Article(id: ${JSON.stringify(draft.id)}, draft: true) { title body } }`))) },
  { name: 'REST: quotes', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, '/api/quotes?limit=100&depth=1', h) },
  { name: 'GraphQL: quotes', opensWith: 'unmetered', drafts: 'staff', fetch: (v, h) => text(v, '/api/graphql', h, graphql('{ Quotes(limit: 300) { docs { text article { title } } } }')) },
  { name: 'REST: versions', opensWith: 'staff', drafts: 'staff', staffMustSee: [PENDING_EDIT, DRAFT.text], fetch: (v, h) => text(v, '/api/articles/versions?limit=100&depth=1&sort=-updatedAt', h) },
  { name: 'GraphQL: versions', opensWith: 'staff', drafts: 'staff', staffMustSee: [PENDING_EDIT, DRAFT.text], fetch: (v, h) => text(v, '/api/graphql', h, graphql('{ versionsArticles(limit: 300) { docs { version { title body } } } }')) },
  { name: 'REST: media', opensWith: null, drafts: 'staff', staffMustSee: [DRAFT.imageAlt], fetch: (v, h) => text(v, '/api/media?limit=100&sort=-createdAt', h) },
  { name: 'the RSS feed', opensWith: null, drafts: 'never', fetch: (v, h) => text(v, '/feed.xml', h) },
  { name: 'the page metadata and JSON-LD', opensWith: null, drafts: 'never', fetch: async (v, h) => metadataOf(await text(v, `/articles/${gated.slug}`, h)) },
  { name: 'the home page', opensWith: null, drafts: 'never', fetch: (v, h) => text(v, '/', h) },
  { name: 'the speaker’s page', opensWith: null, drafts: 'never', fetch: (v, h) => text(v, `/people/${speaker.slug}`, h) },
  { name: 'the speaker’s feed', opensWith: null, drafts: 'never', fetch: (v, h) => text(v, `/people/${speaker.slug}/feed.xml`, h) },
  { name: 'the withheld quote’s permalink', opensWith: null, drafts: 'never', fetch: (v, h) => text(v, `/quotes/${gatedQuote.id}`, h) },
  { name: 'the people and countries lists', opensWith: null, drafts: 'never', fetch: async (v, h) => (await text(v, '/people', h)) + (await text(v, '/countries', h)) },
  {
    name: 'the author’s page (the staff member who wrote them)',
    opensWith: null,
    drafts: 'never',
    fetch: async (v, h) => {
      const html = await text(v, `/authors/${slugify(DEMO_LOGINS.admin.name)}`, h)
      expect(html, 'the page lists the gated story').toContain(`/articles/${gated.slug}`)
      return html
    },
  },
  {
    name: 'the sitemaps',
    opensWith: null,
    drafts: 'never',
    fetch: async (v, h) => {
      const xml = (await text(v, '/sitemap.xml', h)) + (await text(v, '/news-sitemap.xml', h)) + (await text(v, '/robots.txt', h))
      expect(xml, 'the published story is listed').toContain(`/articles/${gated.slug}<`)
      expect(xml, 'the draft is not').not.toContain(`/articles/${draft.slug}<`)
      return xml
    },
  },
  // Search runs as any visitor: its index holds every quote's words, but results are read through the quote rule.
  {
    name: 'search results',
    opensWith: null,
    drafts: 'never',
    fetch: async (v, h) =>
      (
        await Promise.all(
          ['q=Zephyrine%20Quill', 'q=Zephyrine%20Quill&kind=quotes', 'q=river%20ministry&kind=stories', 'q=Marigold%20Vantablack', 'q=unpublished%20scoop', 'q=correction%20staff'].map((query) =>
            text(v, `/search?${query}`, h),
          ),
        )
      ).join('\n'),
  },
]

describe.each(channels)('$name', (channel) => {
  it.each(personas)('gives $name exactly what they are entitled to', async (persona) => {
    const body = await channel.fetch(persona.visitor(), persona.headers ?? {})
    const entitled = {
      metered: persona.readsOnSite,
      unmetered: persona.readsEverything,
      staff: persona.staff,
      none: false,
    }[channel.opensWith ?? 'none']
    expect(body.includes(GATED.quote), `${persona.name}: quote from the withheld paragraph`).toBe(entitled)
    if (!channel.name.includes('quotes')) {
      expect(body.includes(GATED.withheld), `${persona.name}: withheld paragraph`).toBe(entitled)
    }

    if (persona.staff) {
      for (const unpublished of channel.staffMustSee ?? []) expect(body, 'staff asked for it').toContain(unpublished)
    }
    if (!persona.staff || channel.drafts === 'never') {
      for (const unpublished of [PENDING_EDIT, DRAFT.text, DRAFT.title, DRAFT.imageAlt]) {
        expect(body.includes(unpublished), `${persona.name}: ${unpublished}`).toBe(false)
      }
    }
  })
})

describe('search', () => {
  const results = (html: string) => html.slice(html.indexOf('<div class="search-results">'))

  it.each(personas)('never matches gated or draft text, for $name', async (persona) => {
    const visitor = persona.visitor()
    const byGatedWords = await text(visitor, '/search?q=Zephyrine%20Quill', persona.headers ?? {})
    expect(byGatedWords).toContain('Nothing matches “Zephyrine Quill”.')
    expect(results(byGatedWords)).not.toContain(gated.slug)
    const byDraftWords = await text(visitor, '/search?q=unpublished%20scoop', persona.headers ?? {})
    expect(results(byDraftWords)).not.toContain(draft.slug)
    const byTitle = await text(visitor, '/search?q=gated%20story', persona.headers ?? {})
    expect(results(byTitle)).toContain(`/articles/${gated.slug}`)
  })
})

describe('structured data for search engines', () => {
  it('marks the gated story as not free, names the gated section, and carries no body', async () => {
    const html = await text(new Reader(), `/articles/${gated.slug}`, {})
    const [json] = (html.match(/<script type="application\/ld\+json">(.*?)<\/script>/) ?? []).slice(1)
    const data = JSON.parse(json)
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: GATED.title,
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.story-paywalled' },
    })
    expect(json).not.toContain(GATED.withheld)
    // On a read the meter allows, the gated paragraphs sit in the element the markup names.
    expect(html).toMatch(new RegExp(`<div class="story-body story-paywalled"><p>${GATED.withheld}</p></div>`))
  })
})
