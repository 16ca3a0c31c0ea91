import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { STAFF_ROLES, type StaffRole } from '@/collections/Users/roles'
import { richTextFromParagraphs } from '@/story/richText'

import { Refused, STAFF_ACCESS_CASES, type StaffAction } from '../support/staffAccess'

import { Reader, signedInStaff, testSectionId } from '../support/reader'

/** The role table (tests/support/staffAccess.ts) over REST, signed in as each role's demo login. */
type Doc = { id: string | number }
const session = {} as Record<StaffRole | 'colleague', Reader>
const userId = {} as Record<StaffRole | 'colleague', string | number>
let count = 0
let sectionId: string | number
const unique = () => `${Date.now().toString(36)}-${(count += 1)}`

/**
 * A response that succeeded; a refusal (401, 403, or 404 where the access rule hides
 * the document) as `Refused`; anything else is the test's own mistake and fails it.
 */
async function succeeded(response: Response): Promise<Response> {
  if (response.ok) return response
  const text = await response.text()
  if ([401, 403, 404].includes(response.status)) throw new Refused(`${response.status}: ${text}`)
  throw new Error(`unexpected ${response.status}: ${text}`)
}
const expectCreated = async (response: Response): Promise<Doc> => ((await (await succeeded(response)).json()) as { doc: Doc }).doc
const expectDone = async (response: Response): Promise<void> => {
  await succeeded(response)
}

beforeAll(async () => {
  sectionId = await testSectionId()
  for (const role of STAFF_ROLES) {
    session[role] = await signedInStaff(role)
    userId[role] = ((await (await session[role].get('/api/users/me')).json()) as { user: Doc }).user.id
  }
  const email = `colleague-${unique()}@newsroom.test`
  const colleague = await expectCreated(
    await session.admin.send('POST', '/api/users', { email, password: 'a-long-password', name: 'A colleague', role: 'journalist' }),
  )
  userId.colleague = colleague.id
  session.colleague = new Reader()
  await expectDone(await session.colleague.send('POST', '/api/users/login', { email, password: 'a-long-password' }))
})

/**
 * The stories this file publishes share the server with every other page test: dated
 * long ago, they sort below every story the home page, the rail and the feed show.
 */
const LONG_AGO = '2001-01-01T00:00:00.000Z'
const storyBody = (status: 'draft' | 'published', authors?: (string | number)[]) => {
  const key = unique()
  return {
    title: `REST access story ${key}`,
    slug: `rest-access-${key}`,
    dek: 'A standfirst.',
    section: sectionId,
    publishedAt: LONG_AGO,
    body: richTextFromParagraphs(['Text.']),
    ...(authors ? { authors } : {}),
    _status: status,
  }
}
const draftBy = async (owner: Reader) => expectCreated(await owner.send('POST', '/api/articles?draft=true', storyBody('draft')))
const personBy = async (owner: Reader) => expectCreated(await owner.send('POST', '/api/people', { name: `Person ${unique()}`, slug: `person-${unique()}` }))
const quoteBy = async (owner: Reader) =>
  expectCreated(await owner.send('POST', '/api/quotes', { text: 'Words.', speaker: (await personBy(owner)).id, article: (await draftBy(owner)).id }))
const countryData = () => {
  count += 1
  return { name: `Land ${unique()}`, isoCode: `${String.fromCharCode(65 + (count % 26))}${String.fromCharCode(65 + ((count * 7) % 26))}`, slug: `land-${unique()}` }
}
async function photoBy(owner: Reader): Promise<Doc> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#224466' } }).png().toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `rest-${unique()}.png`)
  form.append('_payload', JSON.stringify({ alt: 'A test photo' }))
  return expectCreated(await owner.request('/api/media', { method: 'POST', body: form }))
}

const actions: Record<StaffAction, (role: StaffRole) => Promise<unknown>> = {
  'articles: create a draft': async (role) => expectCreated(await session[role].send('POST', '/api/articles?draft=true', storyBody('draft'))),
  'articles: create it published': async (role) => expectCreated(await session[role].send('POST', '/api/articles', storyBody('published'))),
  'articles: read a colleague’s draft': async (role) => {
    const draft = await draftBy(session.colleague)
    await succeeded(await session[role].get(`/api/articles/${draft.id}?draft=true&depth=0`))
  },
  'articles: update their own draft': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/articles/${(await draftBy(session[role])).id}?draft=true`, { title: 'Retitled' })),
  'articles: update a colleague’s draft': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/articles/${(await draftBy(session.colleague)).id}?draft=true`, { title: 'Retitled' })),
  'articles: publish their own draft': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/articles/${(await draftBy(session[role])).id}`, { _status: 'published' })),
  'articles: publish a colleague’s draft': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/articles/${(await draftBy(session.colleague)).id}`, { _status: 'published' })),
  'articles: schedule their own draft': async (role) => {
    // What the admin asks before it offers Publish and Schedule Publish.
    const response = await succeeded(await session[role].send('POST', `/api/articles/access/${(await draftBy(session[role])).id}`, { _status: 'published' }))
    // Granted comes back as `true` or `{ permission: true, where }`; refused, as nothing.
    if (!((await response.json()) as { update?: unknown }).update) throw new Refused('no publish permission')
  },
  'articles: unpublish their own story': async (role) => {
    const story = await expectCreated(await session.admin.send('POST', '/api/articles', storyBody('published', [userId[role]])))
    return expectDone(await session[role].send('PATCH', `/api/articles/${story.id}`, { _status: 'draft' }))
  },
  'articles: delete their own draft': async (role) =>
    expectDone(await session[role].request(`/api/articles/${(await draftBy(session[role])).id}`, { method: 'DELETE' })),
  'quotes: create one': async (role) =>
    expectCreated(
      await session[role].send('POST', '/api/quotes', { text: 'New words.', speaker: (await personBy(session[role])).id, article: (await draftBy(session[role])).id }),
    ),
  'quotes: correct their own, on their unpublished story': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/quotes/${(await quoteBy(session[role])).id}`, { text: 'Corrected.' })),
  'quotes: correct a colleague’s': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/quotes/${(await quoteBy(session.colleague)).id}`, { text: 'Corrected.' })),
  'quotes: delete their own': async (role) =>
    expectDone(await session[role].request(`/api/quotes/${(await quoteBy(session[role])).id}`, { method: 'DELETE' })),
  'people: add one': (role) => personBy(session[role]),
  'people: correct one they added': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/people/${(await personBy(session[role])).id}`, { role: 'Minister' })),
  'people: correct one a colleague added': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/people/${(await personBy(session.colleague)).id}`, { role: 'Minister' })),
  'people: delete one they added': async (role) =>
    expectDone(await session[role].request(`/api/people/${(await personBy(session[role])).id}`, { method: 'DELETE' })),
  'countries: add one': async (role) => expectCreated(await session[role].send('POST', '/api/countries', countryData())),
  'countries: rename one': async (role) => {
    const country = await expectCreated(await session.admin.send('POST', '/api/countries', countryData()))
    return expectDone(await session[role].send('PATCH', `/api/countries/${country.id}`, { name: `Renamed ${unique()}` }))
  },
  'countries: delete one': async (role) => {
    const country = await expectCreated(await session.admin.send('POST', '/api/countries', countryData()))
    return expectDone(await session[role].request(`/api/countries/${country.id}`, { method: 'DELETE' }))
  },
  'redirects: point an old address somewhere': async (role) =>
    expectCreated(await session[role].send('POST', '/api/redirects', { from: `/old-${unique()}`, to: { type: 'custom', url: '/' } })),
  'media: upload a photo': (role) => photoBy(session[role]),
  'media: recaption their own photo, not yet public': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/media/${(await photoBy(session[role])).id}`, { caption: 'New caption' })),
  'media: recaption a colleague’s photo': async (role) =>
    expectDone(await session[role].send('PATCH', `/api/media/${(await photoBy(session.colleague)).id}`, { caption: 'New caption' })),
  'media: delete their own photo': async (role) =>
    expectDone(await session[role].request(`/api/media/${(await photoBy(session[role])).id}`, { method: 'DELETE' })),
  'users: create a staff account': async (role) =>
    expectCreated(await session[role].send('POST', '/api/users', { email: `new-${unique()}@newsroom.test`, password: 'a-long-password', name: 'New', role: 'contributor' })),
  'users: raise their own role': async (role) => {
    await succeeded(await session[role].send('PATCH', `/api/users/${userId[role]}`, { role: 'admin' }))
    const me = ((await (await session[role].get('/api/users/me')).json()) as { user: { role: string } }).user
    // Field access leaves the role as it was: a silent refusal. (An admin is at the top already.)
    if (me.role === role) throw new Refused('role unchanged')
  },
  'readers: list reader accounts': async (role) => {
    await succeeded(await session[role].get('/api/readers?limit=1'))
  },
  'settings: change the site settings': async (role) => {
    // Saved as it is: the access is what is tested, and other tests read the same pages.
    const { tagline } = (await (await session.admin.get('/api/globals/site-settings?depth=0')).json()) as { tagline: string }
    return expectDone(await session[role].send('POST', '/api/globals/site-settings', { tagline }))
  },
}

describe('what each newsroom role may do, over REST', () => {
  it.each(STAFF_ACCESS_CASES)('%s — %s: %s', async (action, role, allowed) => {
    const attempt = actions[action](role)
    if (allowed) {
      await expect(attempt).resolves.not.toThrow()
    } else {
      await expect(attempt).rejects.toBeInstanceOf(Refused)
    }
  })
})
