import { beforeAll, describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { decodeEntities, Reader, signedInStaff, testSectionId } from '../support/reader'
import { seedStory } from '../support/stories'

const DRAFT_TEXT = 'An unpublished scoop about nothing in particular.'
let draft: { id: string | number; slug: string }
let anonymous: Reader
let staff: Reader
let heroImageId: string | number

beforeAll(async () => {
  anonymous = new Reader()
  staff = await signedInStaff()
  const { docs: media } = (await (await staff.get('/api/media?limit=1')).json()) as { docs: { id: string | number }[] }
  heroImageId = media[0].id
  const created = await staff.send('POST', '/api/articles?draft=true', {
    title: 'Draft scoop for the leak test',
    dek: 'Not yet published.',
    section: await testSectionId(),
    heroImage: media[0].id,
    body: richTextFromParagraphs([DRAFT_TEXT]),
    _status: 'draft',
  })
  expect(created.status).toBe(201)
  draft = ((await created.json()) as { doc: typeof draft }).doc
})

describe('the REST API, for an anonymous caller', () => {
  it('refuses to search or sort by the story text, with a 4xx and no text', async () => {
    for (const path of ['/api/articles?where[body][like]=HispanTV', '/api/articles?sort=body']) {
      const response = await anonymous.get(path)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect(await response.text()).not.toContain(seedStory.paragraphs[11])
    }
  })

  // What each kind of visitor gets of gated and draft text, channel by channel: leakMatrix.test.ts.
  it('does not serve a draft as a story page', async () => {
    expect((await anonymous.get(`/articles/${draft.slug}`)).status).toBe(404)
  })

  it('gives API callers only the quotes of a metered story said in public (the seed story’s five); staff get them with their speakers', async () => {
    const quotesOfMainStory = async (caller: Reader) => {
      const response = await caller.get(`/api/quotes?limit=50&depth=1&where[article.slug][equals]=${MAIN_STORY_SLUG}`)
      expect(response.status).toBe(200)
      return ((await response.json()) as { docs: { text: string; publicRecord: boolean; speaker: { name: string } }[] }).docs
    }
    const speakers = ['Alberto Asseff', 'Andrés Jouannet', 'Edmundo Novillo', 'John Kirby', 'Mohammad Reza Ashtiani']
    const anonymousGets = await quotesOfMainStory(anonymous)
    expect(anonymousGets.every((quote) => quote.publicRecord)).toBe(true)
    expect(anonymousGets.map((quote) => quote.speaker.name).sort()).toEqual(speakers)
    expect((await quotesOfMainStory(staff)).map((quote) => quote.speaker.name).sort()).toEqual(speakers)
    // A quote of a metered story not said in public stays with the story: the leak matrix's withheld quote.
  })

  it('refuses staff accounts and writes', async () => {
    expect((await anonymous.get('/api/users')).status).toBe(403)
    const write = await anonymous.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Spam' }),
    })
    expect(write.status).toBe(403)
    // Nor may anyone but editors point an address somewhere else.
    const redirect = await anonymous.send('POST', '/api/redirects', { from: '/articles/anything', to: { type: 'custom', url: 'https://elsewhere.example' } })
    expect(redirect.status).toBe(403)
  })
})

describe('publishing, as readers see it', () => {
  it('refuses a story published with fields missing, naming each field (the admin marks them)', async () => {
    const draftResponse = await staff.send('POST', '/api/articles?draft=true', { title: 'A story with nothing but a headline', _status: 'draft' })
    expect(draftResponse.status).toBe(201)
    const { id } = ((await draftResponse.json()) as { doc: { id: string | number } }).doc
    const response = await staff.send('PATCH', `/api/articles/${id}`, { _status: 'published' })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { name: string; message: string; data?: { errors: { path: string; message: string }[] } }[] }
    expect(errors[0].message).toMatch(/^The following fields are invalid/)
    expect(errors[0].data?.errors.map((problem) => problem.path).sort()).toEqual(['body', 'dek', 'section'])
    expect((await new Reader().get('/articles/a-story-with-nothing-but-a-headline')).status).toBe(404)
  })

  it('shows an edit to a published story on the next page view', async () => {
    const created = await staff.send('POST', '/api/articles', {
      title: 'A story that will be corrected',
      dek: 'The first standfirst.',
      section: await testSectionId(),
      heroImage: heroImageId,
      body: richTextFromParagraphs(['Before the correction.']),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const story = ((await created.json()) as { doc: { id: string | number; slug: string } }).doc
    const reader = new Reader()
    expect(await reader.html(`/articles/${story.slug}`)).toContain('Before the correction.')

    expect((await staff.send('PATCH', `/api/articles/${story.id}`, { body: richTextFromParagraphs(['After the correction.']) })).status).toBe(200)
    const html = await reader.html(`/articles/${story.slug}`)
    expect(html).toContain('After the correction.')
    expect(html).not.toContain('Before the correction.')
  })

  it('keeps a published story’s old address leading to it when its slug changes, but not for a draft’s', async () => {
    const created = await staff.send('POST', '/api/articles', {
      title: 'A story that will move',
      slug: 'a-story-before-it-moved',
      dek: 'Its address will change.',
      section: await testSectionId(),
      body: richTextFromParagraphs(['Text that moves.']),
      _status: 'published',
    })
    const story = ((await created.json()) as { doc: { id: string | number } }).doc
    expect((await staff.send('PATCH', `/api/articles/${story.id}`, { slug: 'a-story-after-it-moved' })).status).toBe(200)

    const old = await new Reader().get('/articles/a-story-before-it-moved?from=newsletter', {})
    expect(old.status).toBe(200)
    expect(old.redirected).toBe(true)
    expect(old.url).toMatch(/\/articles\/a-story-after-it-moved\?from=newsletter$/)
    const moved = await new Reader().request('/articles/a-story-before-it-moved', { redirect: 'manual' })
    expect(moved.status).toBe(308)
    expect(moved.headers.get('location')).toMatch(/\/articles\/a-story-after-it-moved$/)

    // A new slug saved only as a draft changes no address yet.
    expect((await staff.send('PATCH', `/api/articles/${story.id}?draft=true`, { slug: 'a-story-moved-in-a-draft' })).status).toBe(200)
    expect((await new Reader().get('/articles/a-story-after-it-moved')).status).toBe(200)
    expect((await new Reader().get('/articles/a-story-moved-in-a-draft')).status).toBe(404)
  })

  it('takes an unpublished story off the site', async () => {
    const created = await staff.send('POST', '/api/articles', {
      title: 'A story that will be pulled',
      dek: 'Soon gone.',
      section: await testSectionId(),
      body: richTextFromParagraphs(['Pulled text.']),
      _status: 'published',
    })
    const story = ((await created.json()) as { doc: { id: string | number; slug: string } }).doc
    expect((await new Reader().get(`/articles/${story.slug}`)).status).toBe(200)
    expect(await new Reader().html('/')).toContain('A story that will be pulled')

    // A journalist saves a draft over the live story: readers keep the published version.
    const draftSave = await staff.send('PATCH', `/api/articles/${story.id}?draft=true`, { body: richTextFromParagraphs(['Unpublished rewrite.']) })
    expect(draftSave.status).toBe(200)
    const live = await new Reader().html(`/articles/${story.slug}`)
    expect(live).toContain('Pulled text.')
    expect(live).not.toContain('Unpublished rewrite.')

    // Then the story is pulled.
    expect((await staff.send('PATCH', `/api/articles/${story.id}`, { _status: 'draft' })).status).toBe(200)
    expect((await new Reader().get(`/articles/${story.slug}`)).status).toBe(404)
    expect(await new Reader().html('/')).not.toContain('A story that will be pulled')
  })
})

describe('the staff preview of a draft', () => {
  it('shows a signed-in journalist the draft as the story page, never cached', async () => {
    const response = await staff.get(`/preview/articles/${draft.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    const html = decodeEntities(await response.text())
    expect(html).toContain(DRAFT_TEXT)
    expect(html).toContain('Preview of the latest draft')
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/)
  })

  it('sends anyone else to sign in, without the draft', async () => {
    const response = await anonymous.request(`/preview/articles/${draft.id}`, { redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe(`/admin/login?redirect=${encodeURIComponent(`/preview/articles/${draft.id}`)}`)
    expect(await response.text()).not.toContain(DRAFT_TEXT)
  })

  it.each([
    ['no-such-story', 404],
    ['x'.repeat(100), 404],
    // An escaped slash is a separator to one layer and a character to another: no page answers it.
    ['..%2F..%2Fetc', 400],
  ])('answers the story id %s with a %i', async (id, status) => {
    expect((await staff.get(`/preview/articles/${id}`)).status).toBe(status)
  })
})

describe('a malformed REST request', () => {
  it.each([
    ['an id that is not one', '/api/articles/undefined', '“undefined” is not a document id.'],
    ['a version id that is not one', '/api/articles/versions/NaN', '“NaN” is not a document id.'],
    ['an ObjectId, which names nothing on SQLite', '/api/quotes/65a1b2c3d4e5f60718293a4b', '“65a1b2c3d4e5f60718293a4b” is not a document id.'],
  ])('answers the address of %s with a 404 that says so, never a 500', async (_, path, message) => {
    for (const caller of [anonymous, staff]) {
      const response = await caller.get(path)
      expect(response.status, path).toBe(404)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe(message)
    }
  })

  it.each([
    ['a geographic operator on a text field', '/api/articles?where[title][near]=1,2', 'where[title]: one of the operators'],
    ['a list where one value goes', '/api/articles?where[publishedAt][equals][]=x', 'where[publishedAt]: one of the operators'],
    ['an absurd limit', '/api/articles?limit=99999999999', 'limit: a whole number from 0 to 1000.'],
    ['a page that is not a number', '/api/quotes?page=two', 'page: a whole number from 1 to 100000.'],
    ['a sort that is not a field', '/api/people?sort=name;drop', 'sort: a field name'],
    ['a date compared with an impossible number', '/api/articles?where[createdAt][not_equals]=1e309', 'where[createdAt][not_equals]: not_equals needs a date'],
    ['a relation compared with a list’s brackets', '/api/quotes?where[article][equals]=[]', 'where[article][equals]: equals needs a document id'],
    ['an empty list', '/api/people?where[id][not_in]=', 'where[id][not_in]: not_in needs a list'],
    ['all on a field of one value', '/api/redirects?where[from][all]=-1', 'where[from][all]: all needs a field that holds several values'],
    ['a list compared with a story’s quotes (a join)', '/api/articles?where[quotes][in]=a,b', 'where[quotes][in]: this field lists the documents that point here'],
    ['a list kept from a person’s quotes (a join)', '/api/people?where[quotes][not_in]=1,2', 'where[quotes][not_in]: this field lists the documents'],
    ['one value compared with a join, which would be ignored', '/api/articles?where[quotes][equals]=a', 'where[quotes][equals]: this field lists the documents'],
  ])('answers %s with a 400 that says what is wrong, never a 500', async (_, path, message) => {
    for (const caller of [anonymous, staff]) {
      const response = await caller.get(path)
      expect(response.status, path).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain(message)
    }
  })
})

it('answers a GraphQL where on a join with an error that says what is wrong, never a 500 or every story', async () => {
  for (const caller of [anonymous, staff]) {
    const response = await caller.send('POST', '/api/graphql', { query: '{ Articles(where: { quotes: { in: ["a", "b"] } }) { docs { title } } }' })
    // GraphQL answers a refused query with errors, under 200 or 400 as the refusal's stage decides.
    expect(response.status).toBeLessThan(500)
    const { data, errors } = (await response.json()) as { data?: { Articles?: unknown } | null; errors: { message: string }[] }
    expect(data?.Articles ?? null).toBeNull()
    expect(errors[0].message).toMatch(/quotes/)
  }
})

it('answers Payload’s own bookkeeping, which has no REST routes, with a 404 rather than 501', async () => {
  const response = await anonymous.get('/api/payload-migrations?limit=0')
  expect(response.status).toBe(404)
  expect(await response.json()).toEqual({ errors: [{ message: 'There is no such API route.' }] })
})

it.each(['/api/people/versions', '/api/people/versions/1', '/api/globals/site-settings/versions', '/api/globals/site-settings/versions/1'])(
  'answers %s, versions of what keeps none, with a 404 rather than 500, to staff too',
  async (path) => {
    const response = await staff.get(path)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ errors: [{ message: 'There is no such API route.' }] })
  },
)

it('still answers the versions of a story to staff', async () => {
  const response = await staff.get('/api/articles/versions?limit=1')
  expect(response.status).toBe(200)
  expect(((await response.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
})

describe('what a caller not signed in may ask the REST API for', () => {
  it.each(['/api/articles?limit=200', '/api/quotes?limit=0', '/api/people?pagination=false', '/api/articles?depth=5'])(
    '%s is refused with a 403 that says to sign in; signed in, it is answered',
    async (path) => {
      const refused = await anonymous.get(path)
      expect(refused.status).toBe(403)
      expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/sign(ing)? in/)
      expect((await staff.get(path)).status).toBe(200)
    },
  )

  it('answers a page of up to 100 documents at depth 3', async () => {
    expect((await anonymous.get('/api/articles?limit=100&depth=3')).status).toBe(200)
  })
})

describe('/api/health', () => {
  it('says the database answers and how the job runner runs, with a 200 never cached', async () => {
    const response = await anonymous.get('/api/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true }, jobs: { runner: 'in-process', schedule: expect.any(String) } })
  })
})
