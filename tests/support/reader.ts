import { inject } from 'vitest'

import type { StaffRole } from '@/collections/Users/roles'
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { TEST_SECTION } from './scheduledStory'

/**
 * A reader with a cookie jar, requesting pages from the running newsroom the
 * way a browser would (cookies kept between requests, redirects followed).
 */
export class Reader {
  readonly cookies = new Map<string, string>()

  /** The suite's server, or another one's (the cluster tests run two sites of their own). */
  constructor(readonly baseURL: string = inject('baseURL')) {}

  async get(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(pathname, { headers })
  }

  async request(pathname: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    const unsafe = init.method !== undefined && init.method !== 'GET'
    const response = await fetch(new URL(pathname, this.baseURL), {
      ...init,
      headers: {
        ...(cookie ? { cookie } : {}),
        // What a browser says about a same-site request: Payload honours a session cookie only
        // with its own Origin (sent on writes) or Sec-Fetch-Site (sent on every request).
        'sec-fetch-site': 'same-origin',
        ...(unsafe ? { origin: this.baseURL } : {}),
        ...init.headers,
      },
    })
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const index = pair.indexOf('=')
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1))
    }
    return response
  }

  /** A JSON request (REST or GraphQL), as the admin or an API client sends it. */
  async send(method: 'POST' | 'PATCH', pathname: string, data: unknown): Promise<Response> {
    return this.request(pathname, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) })
  }

  /**
   * Submits the page's form as a browser without JavaScript would: every field of
   * the form as rendered (server actions add hidden ones), with `values` typed in.
   * The first form on the page, or the first holding `formWith` (e.g. its button's words).
   */
  async submitForm(pathname: string, values: Record<string, string>, headers: Record<string, string> = {}, formWith?: string): Promise<Response> {
    const page = await (await this.get(pathname)).text()
    const form = [...page.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1]).find((html) => !formWith || html.includes(formWith))
    if (!form) throw new Error(`no form${formWith ? ` with "${formWith}"` : ''} on ${pathname}`)
    const body = new FormData()
    for (const [input] of form.matchAll(/<input[^>]*>/g)) {
      const name = input.match(/name="([^"]*)"/)?.[1]
      if (!name) continue
      body.append(name, values[name] ?? decodeEntities(input.match(/value="([^"]*)"/)?.[1] ?? ''))
    }
    return this.request(pathname, { method: 'POST', body, redirect: 'manual', headers })
  }

  async html(pathname: string): Promise<string> {
    const response = await this.get(pathname)
    if (response.status !== 200) throw new Error(`GET ${pathname} answered ${response.status}`)
    return decodeEntities(await response.text())
  }
}

/** A demo staff login (seeded in demo mode, as on the test server), signed in: the admin unless told otherwise. */
export async function signedInStaff(role: StaffRole = 'admin'): Promise<Reader> {
  const staff = new Reader()
  const login = await staff.send('POST', '/api/users/login', { email: DEMO_LOGINS[role].email, password: DEMO_PASSWORD })
  if (login.status !== 200) throw new Error(`${role} login answered ${login.status}`)
  return staff
}

let testSection: Promise<string | number> | undefined

/** The id of the "Test" section (tests/support/pageFixtures.ts), where page tests file their stories. */
export function testSectionId(): Promise<string | number> {
  testSection ??= new Reader()
    .get(`/api/sections?where[slug][equals]=${TEST_SECTION.slug}&depth=0`)
    .then(async (response) => ((await response.json()) as { docs: { id: string | number }[] }).docs[0].id)
  return testSection
}

/**
 * A published story of three short paragraphs in the Test section, written by `author` through REST.
 * `fields`: more of the story, e.g. the people it tags.
 */
export async function publishTestStory(author: Reader, title: string, dek: string, fields: Record<string, unknown> = {}): Promise<{ id: string | number; slug: string }> {
  const response = await author.send('POST', '/api/articles', {
    title,
    dek,
    section: await testSectionId(),
    body: richTextFromParagraphs(['One.', 'Two.', 'Three.']),
    _status: 'published',
    ...fields,
  })
  if (response.status !== 201) throw new Error(`publishing "${title}" answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { doc: { id: string | number; slug: string } }).doc
}

export const READER_PASSWORD = 'correct horse battery'

export type ReaderAccount = { id: string | number; email: string; subscription: { plan: string; status: string; currentPeriodEnd?: string | null } }

/**
 * A reader account made the way support staff would, in the admin (registration
 * itself is tested in the browser and through the form): free unless told otherwise,
 * its address confirmed (as staff may; tests/pages/emailVerification.test.ts follows the email).
 */
export async function createReaderAccount(staff: Reader, email: string, fields: Record<string, unknown> = {}): Promise<ReaderAccount> {
  const response = await staff.send('POST', '/api/readers', {
    name: email,
    email,
    password: READER_PASSWORD,
    subscription: { plan: 'free', status: 'none' },
    emailVerifiedAt: new Date().toISOString(),
    ...fields,
  })
  if (response.status !== 201) throw new Error(`creating reader ${email} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { doc: ReaderAccount }).doc
}

/** A reader logging in through Payload's REST endpoint; the answer is the caller's to check. */
export async function readerLogin(email: string, password = READER_PASSWORD): Promise<{ reader: Reader; response: Response }> {
  const reader = new Reader()
  const response = await reader.send('POST', '/api/readers/login', { email, password })
  return { reader, response }
}

/** Undo React's HTML escaping and text-node markers so tests can look for the story's own text. */
export function decodeEntities(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
