import { describe, expect, it } from 'vitest'

import { BAD_ADDRESS_HEADING } from '@/delivery/plainPages'

import { decodeEntities, Reader } from '../support/reader'

/**
 * Addresses with a malformed %-escape, which Next's router answers with a 500 before any
 * route runs: the proxy answers them 400 with a page that says what is wrong.
 */
describe('an address with a malformed %-escape', () => {
  it.each([
    '/%E0%A4%A',
    '/%zz',
    '/%C3',
    '/articles/%E0%A4%A',
    '/people/%E0%A4%A',
    '/countries/bolivia/stories/%E0%A4%A',
    '/quotes/%E0%A4%A',
    '/authors/%C3',
    '/api/%%',
    '/api/articles/%E0%A4%A',
    '/admin/%E0%A4%A',
    '/_next/static/%E0%A4%A',
  ])('%s gets a 400 page with a way back, never a 500', async (path) => {
    const response = await new Reader().request(path, { redirect: 'manual' })
    expect(response.status).toBe(400)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const html = decodeEntities(await response.text())
    expect(html).toContain(`<h1>${BAD_ADDRESS_HEADING}</h1>`)
    expect(html).toContain('<a href="/">Go to the latest stories</a>')
  })

  it.each([
    ['a well-formed escape', '/people/jos%C3%A9', 404],
    ['a well-formed escape as the whole name', '/people/%C3%A9', 404],
    ['an emoji for an author', '/authors/%F0%9F%98%80', 404],
    ['an emoji for a quote', '/quotes/%F0%9F%98%80', 404],
    ['an escaped space in a query', '/search?q=drone%20Bolivia', 200],
    ['a malformed escape in the query only', '/search?q=%E0%A4%A', 200],
  ])('leaves %s to the page', async (_, path, status) => {
    expect((await new Reader().request(path, { redirect: 'manual' })).status).toBe(status)
  })
})
