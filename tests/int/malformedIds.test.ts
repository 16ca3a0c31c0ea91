/**
 * Ids that cannot name a document in the database at hand, handed in by a reader or staff
 * member through the app's own REST and GraphQL routes: each gets SQLite's answer, never a
 * 500 (MongoDB's CastError). On MongoDB (`npm run test:mongo`) the telling id is a number,
 * which names a document on SQLite; on SQLite, an ObjectId. A document address that names
 * nothing is a 404; a `where` comparing a relation with no id, a 400 naming the parameter;
 * a body relating to no id, a validation error on the field (lib/api/wellFormedIds.ts).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { richTextFromParagraphs } from '@/reader/richText'

import { createImage, createStory, testSection } from '../support/fixtures'
import { bootPayload, type BootedPayload } from '../support/harness'
import { TEST_DATABASE } from '../support/testDatabase'

// An id of the other database: well-formed there, and naming nothing here.
const FOREIGN_ID = TEST_DATABASE === 'mongodb' ? '42' : '65a1b2c3d4e5f60718293a4b'

let site: BootedPayload
let payload: Payload
let rest: typeof import('@/app/(payload)/api/[...slug]/route')
let graphql: typeof import('@/app/(payload)/api/graphql/route')
let token: string
let story: Article
let section: string | number

beforeAll(async () => {
  site = await bootPayload()
  payload = site.payload
  const account = { email: 'editor@newsroom.test', password: 'a-long-password' }
  await payload.create({ collection: 'users', data: { ...account, name: 'Ed Editor', role: 'editor' } })
  token = (await payload.login({ collection: 'users', data: account })).token!
  story = await createStory(payload, { title: 'A story with ids', status: 'published', heroImage: (await createImage(payload, 'ids')).id })
  section = await testSection(payload)
  // The routes use the default Payload (no key) on the same database.
  rest = await import('@/app/(payload)/api/[...slug]/route')
  graphql = await import('@/app/(payload)/api/graphql/route')
})
afterAll(async () => site?.cleanup())

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Answer = {
  status: number
  body: { errors?: { message: string; data?: { errors?: { path: string; message: string }[] }; extensions?: { statusCode?: number } }[] }
}

/** A request through the app's REST route, as a reader, or as staff signed in. */
async function call(method: Method, path: string, options: { body?: unknown; staff?: boolean } = {}): Promise<Answer> {
  const url = new URL(path, 'http://localhost:3000')
  const headers = new Headers({ 'content-type': 'application/json' })
  if (options.staff) headers.set('authorization', `JWT ${token}`)
  const request = new Request(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  const response = await rest[method](request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
  return { status: response.status, body: await response.json() }
}

/** A query through the app's GraphQL route. */
async function ask(query: string, options: { staff?: boolean } = {}): Promise<Answer> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (options.staff) headers.set('authorization', `JWT ${token}`)
  const response = await graphql.POST(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
  return { status: response.status, body: await response.json() }
}

const storyFields = (slug: string) => ({ title: 'Ids in the body', slug, dek: 'A standfirst', body: richTextFromParagraphs(['A paragraph.']), section })

describe('a document address whose id names nothing in this database', () => {
  it.each([
    ['GET', `/api/articles/${FOREIGN_ID}`, FOREIGN_ID],
    ['GET', '/api/articles/undefined', 'undefined'],
    ['GET', `/api/quotes/${FOREIGN_ID}`, FOREIGN_ID],
    ['PATCH', `/api/articles/${FOREIGN_ID}`, FOREIGN_ID],
    ['DELETE', `/api/articles/${FOREIGN_ID}`, FOREIGN_ID],
    ['GET', `/api/articles/versions/${FOREIGN_ID}`, FOREIGN_ID],
  ] as const)('%s %s answers 404, saying the id is none', async (method, path, id) => {
    const answer = await call(method, path, { staff: method !== 'GET', body: method === 'PATCH' ? { title: 'x' } : undefined })
    expect(answer.status).toBe(404)
    expect(answer.body.errors?.[0].message).toBe(`“${id}” is not a document id.`)
  })

  it('is a GraphQL Not Found, not a server error', async () => {
    const answer = await ask(`{ Article(id: "${FOREIGN_ID}") { title } }`)
    const [error] = answer.body.errors ?? []
    if (TEST_DATABASE === 'mongodb') expect(error).toMatchObject({ message: 'Not Found', extensions: { statusCode: 404 } })
    // SQLite's ids are GraphQL Ints: GraphQL itself refuses a string.
    else expect(error.message).toBe(`Argument "id" has invalid value "${FOREIGN_ID}".`)
  })
})

describe('a where comparing a relation or the id with no id of this database', () => {
  it.each([
    [`/api/articles?where[section][equals]=${FOREIGN_ID}`, 'where[section][equals]: equals needs a document id.'],
    [`/api/articles?where[authors][in]=${FOREIGN_ID}`, 'where[authors][in]: in needs a list of values, each a document id.'],
    ['/api/articles?where[id][in]=abc', 'where[id][in]: in needs a list of values, each a document id.'],
    [`/api/quotes?where[article][not_equals]=${FOREIGN_ID}`, 'where[article][not_equals]: not_equals needs a document id.'],
    ['/api/articles?where[author][equals]=42', 'The following path cannot be queried: author'],
  ])('%s answers 400 naming the parameter', async (path, message) => {
    const answer = await call('GET', path)
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.[0].message).toBe(message)
  })

  it('is a GraphQL 400 naming the argument, not a server error', async () => {
    const answer = await ask(`{ Articles(where: { id: { in: ["abc"] } }) { docs { title } } }`)
    const [error] = answer.body.errors ?? []
    if (TEST_DATABASE === 'mongodb') expect(error).toMatchObject({ message: 'where.id.in: “abc” is not a document id.', extensions: { statusCode: 400 } })
    // SQLite's id operators are GraphQL Ints, with no `in`.
    else expect(error.message).toBe('Field "in" is not defined by type "Article_id_operator".')
    // A relation's where is JSON in GraphQL on both databases: the hook judges it.
    const nested = await ask(`{ Quotes(where: { OR: [{ text: { like: "x" } }, { article: { not_equals: "abc" } }] }) { docs { text } } }`)
    expect(nested.body.errors?.[0]).toMatchObject({ message: 'where.OR.1.article.not_equals: “abc” is not a document id.', extensions: { statusCode: 400 } })
  })

  it('still finds what a well-formed id names', async () => {
    const answer = await call('GET', `/api/articles?where[section][equals]=${section}&where[id][in]=${story.id}`)
    expect(answer.status).toBe(200)
    expect((answer.body as { docs: Article[] }).docs.map((doc) => doc.id)).toEqual([story.id])
  })
})

describe('a body relating to no id of this database', () => {
  const fieldError = (answer: Answer) => answer.body.errors?.[0].data?.errors

  it.each([
    ['a section', { section: FOREIGN_ID }, 'section'],
    ['an author', { authors: [FOREIGN_ID] }, 'authors'],
    ['a hero image', { heroImage: 'abc' }, 'heroImage'],
    ['a country', { countries: [FOREIGN_ID] }, 'countries'],
  ])('is a validation error on the field for %s in a new story', async (_, relations, path) => {
    const answer = await call('POST', '/api/articles', { staff: true, body: { ...storyFields(`ids-${path}`), ...relations } })
    expect(answer.status).toBe(400)
    expect(fieldError(answer)).toMatchObject([{ path, message: `“${Object.values(relations).flat()[0]}” is not a document id.` }])
  })

  it('is a validation error on the field in an update, by id or by where, and the story is unchanged', async () => {
    const byId = await call('PATCH', `/api/articles/${story.id}`, { staff: true, body: { authors: [FOREIGN_ID] } })
    expect(byId.status).toBe(400)
    expect(fieldError(byId)).toMatchObject([{ path: 'authors', message: `“${FOREIGN_ID}” is not a document id.` }])
    const byWhere = await call('PATCH', `/api/articles?where[id][equals]=${story.id}`, { staff: true, body: { section: FOREIGN_ID } })
    expect(byWhere.status).toBe(400)
    expect(fieldError(byWhere)).toMatchObject([{ path: 'section', message: `“${FOREIGN_ID}” is not a document id.` }])
    expect((await payload.findByID({ collection: 'articles', id: story.id, depth: 0 })).section).toBe(section)
  })

  it('is a validation error for a quote’s story and speaker, and for the site settings’ lead story', async () => {
    const quote = await call('POST', '/api/quotes', { staff: true, body: { text: 'Said.', article: FOREIGN_ID, speaker: 'abc' } })
    expect(quote.status).toBe(400)
    expect(fieldError(quote)).toMatchObject([
      { path: 'speaker', message: '“abc” is not a document id.' },
      { path: 'article', message: `“${FOREIGN_ID}” is not a document id.` },
    ])
    const settings = await call('POST', '/api/globals/site-settings', { staff: true, body: { leadStory: FOREIGN_ID } })
    expect(settings.status).toBe(400)
    expect(fieldError(settings)).toMatchObject([{ path: 'leadStory', message: `“${FOREIGN_ID}” is not a document id.` }])
  })

  it('is a GraphQL validation error in a mutation, not a server error', async () => {
    const answer = await ask(`mutation { updateArticle(id: ${JSON.stringify(story.id)}, data: { authors: ["abc"] }) { id } }`, { staff: true })
    const [error] = answer.body.errors ?? []
    if (TEST_DATABASE === 'mongodb') expect(error).toMatchObject({ message: 'The following field is invalid: Authors', extensions: { statusCode: 400 } })
    // SQLite's relations are GraphQL Ints: GraphQL itself refuses a string.
    else expect(error.message).toBe('Argument "data" has invalid value {authors: ["abc"]}.')
  })
})
