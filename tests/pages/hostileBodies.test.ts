import { describe, expect, it } from 'vitest'

import { CROSS_SITE_POST_HEADING, CROSS_SITE_POST_MESSAGE, INCOMPLETE_FORM_HEADING } from '@/delivery/plainPages'

import { decodeEntities, Reader, signedInStaff } from '../support/reader'

/** Bodies that Payload or Next's server actions would answer with a 500: each gets a 4xx that says why. */
const BOUNDARY = '----newsroom-test'
const TRUNCATED = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG`
const multipart = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }

describe('a truncated or boundless upload to the REST API', () => {
  it.each([
    ['cut short', multipart, TRUNCATED],
    ['without its boundary', { 'content-type': 'multipart/form-data' }, 'x'],
  ])('answers one %s with a 400, for readers and staff alike', async (_, headers, body) => {
    for (const caller of [new Reader(), await signedInStaff()]) {
      const response = await caller.request('/api/media', { method: 'POST', headers, body })
      expect(response.status).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe('The form data is cut short or has no boundary: send it whole.')
    }
  })
})

describe('an account form that arrives cut short', () => {
  it.each(['/login', '/register', '/account'])('%s answers with a page that says so, and a way back', async (path) => {
    const reader = new Reader()
    const response = await reader.request(path, { method: 'POST', headers: { ...multipart, 'next-action': '0123456789abcdef' }, body: TRUNCATED, redirect: 'manual' })
    expect(response.status).toBe(400)
    const html = decodeEntities(await response.text())
    expect(html).toContain(`<h1>${INCOMPLETE_FORM_HEADING}</h1>`)
    expect(html).toContain(`<a href="${path}">Back to the form</a>`)
  })
})

describe('a form posted from another site', () => {
  const crossSite = { origin: 'https://evil.example' }
  it.each(['/', '/people/edmundo-novillo', '/articles/bolivia-iranian-drones-concerns', '/login'])('to %s as a server action is a 403 page that says why', async (path) => {
    const response = await new Reader().request(path, {
      method: 'POST',
      headers: { 'next-action': '0123456789abcdef', ...crossSite, 'content-type': 'text/plain' },
      body: '[]',
      redirect: 'manual',
    })
    expect(response.status).toBe(403)
    expect(decodeEntities(await response.text())).toContain(`<h1>${CROSS_SITE_POST_HEADING}</h1>`)
  })

  it.each(['/search', '/', '/people', '/countries/bolivia', '/account', '/Search'])('to %s without script (no action on that page) is a 403 page too', async (path) => {
    const response = await new Reader().request(path, {
      method: 'POST',
      headers: { ...crossSite, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'q=drones',
      redirect: 'manual',
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(decodeEntities(await response.text())).toContain(CROSS_SITE_POST_MESSAGE)
  })
})

describe('a GraphQL body Payload cannot run', () => {
  const post = (body: string) => new Reader().request('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })

  it('answers one that is not JSON with a 400 that says what to send', async () => {
    const response = await post('{"query": ')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('The body is not JSON')
  })

  it('answers a subscription, which the schema has no type for, with a 400', async () => {
    const response = await post(JSON.stringify({ query: 'subscription { x }' }))
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('This API has no subscriptions')
  })

  it('answers fragments that spread each other in a circle with a 400 naming the cycle', async () => {
    const response = await post(JSON.stringify({ query: 'query { Articles { docs { ...A } } } fragment A on Article { ...B } fragment B on Article { ...A }' }))
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Cannot spread fragment')
  })

  it('refuses a query nested deeper than twelve fields, and runs a deep one a client would send', async () => {
    const nested = (levels: number) => `{ Articles(limit: 1) { docs { ${'related { '.repeat(levels)}title${' }'.repeat(levels)} } } }`
    const deep = await post(JSON.stringify({ query: nested(12) }))
    expect(deep.status).toBe(400)
    expect(await deep.text()).toMatch(/depth/i)
    const fine = await post(JSON.stringify({ query: nested(5) }))
    expect(fine.status).toBe(200)
    expect(((await fine.json()) as { errors?: unknown }).errors).toBeUndefined()
  })

  it('still answers a query that does not parse with GraphQL’s own message, and a good query with data', async () => {
    expect(await (await post('{"query": "{{{"}')).text()).toContain('Syntax Error')
    const good = await post(JSON.stringify({ query: '{ Articles(limit: 1) { docs { title } } }' }))
    expect(good.status).toBe(200)
    expect(((await good.json()) as { data: { Articles: { docs: unknown[] } } }).data.Articles.docs).toHaveLength(1)
  })
})
