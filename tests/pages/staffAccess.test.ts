import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { STAFF_ROLES, type StaffRole } from '@/collections/Users/roles'
import { richTextFromParagraphs } from '@/reader/richText'

import { Refused, STAFF_ACCESS_CASES, unassignedIsoCode, type StaffAction } from '../support/staffAccess'

import { createReaderAccount, Reader, signedInStaff, testSectionId } from '../support/reader'

/** The role table (tests/support/staffAccess.ts) over REST, signed in as each role's demo login. */
type Doc = { id: string | number }
const session = {} as Record<StaffRole | 'colleague', Reader>
const userId = {} as Record<StaffRole | 'colleague', string | number>
let count = 0
let sectionId: string | number
let aReaderId: string | number
const unique = () => `${Date.now().toString(36)}-${(count += 1)}`

/** A response that succeeded; a refusal (401, 403, or 404 where the access rule hides the document) as `Refused`. */
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
/** Whether the request went through: a refusal is an answer, anything but a refusal or success fails the test. */
const tried = async (response: Response): Promise<boolean> =>
  succeeded(response).then(
    () => true,
    (error: unknown) => {
      if (error instanceof Refused) return false
      throw error
    },
  )
/** A document as stored, read back by the admin (drafts included); null once it is gone. */
async function stored(collection: string, id: string | number): Promise<Record<string, unknown> | null> {
  const response = await session.admin.get(`/api/${collection}/${id}?draft=true&depth=0`)
  if (response.status === 404) return null
  return (await (await succeeded(response)).json()) as Record<string, unknown>
}
const listed = async (collection: string, field: string, value: string): Promise<boolean> => {
  const response = await session.admin.get(`/api/${collection}?draft=true&depth=0&limit=1&where[${field}][equals]=${encodeURIComponent(value)}`)
  return ((await (await succeeded(response)).json()) as { totalDocs: number }).totalDocs > 0
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
  aReaderId = (await createReaderAccount(session.admin, `reader-${unique()}@newsroom.test`)).id

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
let countryCount = 0
const countryData = () => ({ name: `Land ${unique()}`, isoCode: unassignedIsoCode((countryCount += 1)), slug: `land-${unique()}` })
async function photoBy(owner: Reader, alt = 'A test photo'): Promise<Doc> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#224466' } }).png().toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `rest-${unique()}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  return expectCreated(await owner.request('/api/media', { method: 'POST', body: form }))
}

/** Tries the action as `role`, and answers whether its effect is there afterwards (read back by the admin). */
const actions: Record<StaffAction, (role: StaffRole) => Promise<boolean>> = {
  'articles: create a draft': async (role) => {
    const body = storyBody('draft')
    await tried(await session[role].send('POST', '/api/articles?draft=true', body))
    return listed('articles', 'slug', body.slug)
  },
  'articles: create it published': async (role) => {
    const body = storyBody('published')
    await tried(await session[role].send('POST', '/api/articles', body))
    return (await listed('articles', 'slug', body.slug)) && (await listed('articles', '_status', 'published'))
  },
  'articles: read a colleague’s draft': async (role) => {
    const draft = await draftBy(session.colleague)
    const response = await session[role].get(`/api/articles/${draft.id}?draft=true&depth=0`)
    return (await tried(response)) && ((await response.json()) as Doc).id === draft.id
  },
  'articles: update their own draft': async (role) => {
    const { id } = await draftBy(session[role])
    await tried(await session[role].send('PATCH', `/api/articles/${id}?draft=true`, { title: 'Retitled' }))
    return (await stored('articles', id))?.title === 'Retitled'
  },
  'articles: update a colleague’s draft': async (role) => {
    const { id } = await draftBy(session.colleague)
    await tried(await session[role].send('PATCH', `/api/articles/${id}?draft=true`, { title: 'Retitled' }))
    return (await stored('articles', id))?.title === 'Retitled'
  },
  'articles: publish their own draft': async (role) => {
    const { id } = await draftBy(session[role])
    await tried(await session[role].send('PATCH', `/api/articles/${id}`, { _status: 'published' }))
    return (await stored('articles', id))?._status === 'published'
  },
  'articles: publish a colleague’s draft': async (role) => {
    const { id } = await draftBy(session.colleague)
    await tried(await session[role].send('PATCH', `/api/articles/${id}`, { _status: 'published' }))
    return (await stored('articles', id))?._status === 'published'
  },
  'articles: schedule their own draft': async (role) => {
    // What the admin asks before it offers Publish and Schedule Publish.
    const response = await session[role].send('POST', `/api/articles/access/${(await draftBy(session[role])).id}`, { _status: 'published' })
    // Granted comes back as `true` or `{ permission: true, where }`; refused, as nothing.
    return (await tried(response)) && Boolean(((await response.json()) as { update?: unknown }).update)
  },
  'articles: unpublish their own story': async (role) => {
    const { id } = await expectCreated(await session.admin.send('POST', '/api/articles', storyBody('published', [userId[role]])))
    await tried(await session[role].send('PATCH', `/api/articles/${id}`, { _status: 'draft' }))
    return (await stored('articles', id))?._status === 'draft'
  },
  'articles: delete their own draft': async (role) => {
    const { id } = await draftBy(session[role])
    await tried(await session[role].request(`/api/articles/${id}`, { method: 'DELETE' }))
    return (await stored('articles', id)) === null
  },
  'quotes: create one': async (role) => {
    const text = `New words ${unique()}.`
    const data = { text, speaker: (await personBy(session[role])).id, article: (await draftBy(session[role])).id }
    await tried(await session[role].send('POST', '/api/quotes', data))
    return listed('quotes', 'text', text)
  },
  'quotes: correct their own, on their unpublished story': async (role) => {
    const { id } = await quoteBy(session[role])
    await tried(await session[role].send('PATCH', `/api/quotes/${id}`, { text: 'Corrected.' }))
    return (await stored('quotes', id))?.text === 'Corrected.'
  },
  'quotes: correct a colleague’s': async (role) => {
    const { id } = await quoteBy(session.colleague)
    await tried(await session[role].send('PATCH', `/api/quotes/${id}`, { text: 'Corrected.' }))
    return (await stored('quotes', id))?.text === 'Corrected.'
  },
  'quotes: delete their own': async (role) => {
    const { id } = await quoteBy(session[role])
    await tried(await session[role].request(`/api/quotes/${id}`, { method: 'DELETE' }))
    return (await stored('quotes', id)) === null
  },
  'people: add one': async (role) => {
    const slug = `person-${unique()}`
    await tried(await session[role].send('POST', '/api/people', { name: `Person ${unique()}`, slug }))
    return listed('people', 'slug', slug)
  },
  'people: correct one they added': async (role) => {
    const { id } = await personBy(session[role])
    await tried(await session[role].send('PATCH', `/api/people/${id}`, { role: 'Minister' }))
    return (await stored('people', id))?.role === 'Minister'
  },
  'people: correct one a colleague added': async (role) => {
    const { id } = await personBy(session.colleague)
    await tried(await session[role].send('PATCH', `/api/people/${id}`, { role: 'Minister' }))
    return (await stored('people', id))?.role === 'Minister'
  },
  'people: delete one they added': async (role) => {
    const { id } = await personBy(session[role])
    await tried(await session[role].request(`/api/people/${id}`, { method: 'DELETE' }))
    return (await stored('people', id)) === null
  },
  'countries: add one': async (role) => {
    const data = countryData()
    await tried(await session[role].send('POST', '/api/countries', data))
    return listed('countries', 'slug', data.slug)
  },
  'countries: rename one': async (role) => {
    const { id } = await expectCreated(await session.admin.send('POST', '/api/countries', countryData()))
    const name = `Renamed ${unique()}`
    await tried(await session[role].send('PATCH', `/api/countries/${id}`, { name }))
    return (await stored('countries', id))?.name === name
  },
  'countries: delete one': async (role) => {
    const { id } = await expectCreated(await session.admin.send('POST', '/api/countries', countryData()))
    await tried(await session[role].request(`/api/countries/${id}`, { method: 'DELETE' }))
    return (await stored('countries', id)) === null
  },
  'redirects: point an old address somewhere': async (role) => {
    const from = `/old-${unique()}`
    await tried(await session[role].send('POST', '/api/redirects', { from, to: { type: 'custom', url: '/' } }))
    return listed('redirects', 'from', from)
  },
  'media: upload a photo': async (role) => {
    const alt = `A test photo ${unique()}`
    await photoBy(session[role], alt).then(
      () => undefined,
      (error: unknown) => {
        if (!(error instanceof Refused)) throw error
      },
    )
    return listed('media', 'alt', alt)
  },
  'media: recaption their own photo, not yet public': async (role) => {
    const { id } = await photoBy(session[role])
    await tried(await session[role].send('PATCH', `/api/media/${id}`, { caption: 'New caption' }))
    return (await stored('media', id))?.caption === 'New caption'
  },
  'media: recaption a colleague’s photo': async (role) => {
    const { id } = await photoBy(session.colleague)
    await tried(await session[role].send('PATCH', `/api/media/${id}`, { caption: 'New caption' }))
    return (await stored('media', id))?.caption === 'New caption'
  },
  'media: delete their own photo': async (role) => {
    const { id } = await photoBy(session[role])
    await tried(await session[role].request(`/api/media/${id}`, { method: 'DELETE' }))
    return (await stored('media', id)) === null
  },
  'users: create a staff account': async (role) => {
    const email = `new-${unique()}@newsroom.test`
    await tried(await session[role].send('POST', '/api/users', { email, password: 'a-long-password', name: 'New', role: 'contributor' }))
    return listed('users', 'email', email)
  },
  'users: raise their own role': async (role) => {
    // Field access leaves the role as it was: a silent refusal. (An admin is at the top already.)
    await tried(await session[role].send('PATCH', `/api/users/${userId[role]}`, { role: 'admin' }))
    return (await stored('users', userId[role]))?.role !== role
  },
  'readers: list reader accounts': async (role) => {
    const response = await session[role].get(`/api/readers?limit=100&depth=0&where[id][equals]=${aReaderId}`)
    return (await tried(response)) && ((await response.json()) as { docs: Doc[] }).docs.some((reader) => reader.id === aReaderId)
  },
  'settings: change the site settings': async (role) => {
    // Changed, read back, then put back as it was: other tests read the same pages.
    const { tagline } = (await (await session.admin.get('/api/globals/site-settings?depth=0')).json()) as { tagline: string }
    const changed = `${tagline} (${unique()})`
    await tried(await session[role].send('POST', '/api/globals/site-settings', { tagline: changed }))
    const after = ((await (await session.admin.get('/api/globals/site-settings?depth=0')).json()) as { tagline: string }).tagline
    if (after !== tagline) await expectDone(await session.admin.send('POST', '/api/globals/site-settings', { tagline }))
    return after === changed
  },
}

describe('what each newsroom role may do, over REST', () => {
  it.each(STAFF_ACCESS_CASES)('%s — %s: %s', async (action, role, allowed) => {
    expect(await actions[action](role), allowed ? 'the effect, read back' : 'nothing changed').toBe(allowed)
  })
})
