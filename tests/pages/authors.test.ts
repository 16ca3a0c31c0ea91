import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'
import { DEMO_LOGINS } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { decodeEntities, Reader, signedInStaff, testSectionId } from '../support/reader'

/** Staff bylines lead to author pages: /authors/[slug]. */
const JOURNALIST = DEMO_LOGINS.journalist
const journalistSlug = slugify(JOURNALIST.name)
let storySlug: string
let unpublishedAuthorSlug: string

const page = async (pathname: string) => {
  const response = await new Reader().get(pathname)
  return { status: response.status, html: decodeEntities(await response.text()) }
}

beforeAll(async () => {
  const journalist = await signedInStaff('journalist')
  const response = await journalist.send('POST', '/api/articles', {
    title: 'Authors: a story the journalist wrote',
    dek: 'By the demo journalist.',
    section: await testSectionId(),
    body: richTextFromParagraphs(['Words.']),
    publishedAt: '2001-04-01T00:00:00.000Z',
    _status: 'published',
  })
  expect(response.status).toBe(201)
  storySlug = ((await response.json()) as { doc: { slug: string } }).doc.slug

  // A colleague who has written only a draft.
  const admin = await signedInStaff()
  const colleague = await admin.send('POST', '/api/users', { email: 'drafts-only@newsroom.test', password: 'a-long-password-1', name: 'Drafty McDraft', role: 'journalist' })
  expect(colleague.status).toBe(201)
  const { doc } = (await colleague.json()) as { doc: { id: number; slug: string } }
  unpublishedAuthorSlug = doc.slug
  const draft = await admin.send('POST', '/api/articles?draft=true', {
    title: 'Authors: a draft by Drafty',
    dek: 'Not yet.',
    section: await testSectionId(),
    authors: [doc.id],
    body: richTextFromParagraphs(['Draft.']),
    _status: 'draft',
  })
  expect(draft.status).toBe(201)
})

describe('a staff byline', () => {
  it('links each author to their page', async () => {
    const { html } = await page(`/articles/${storySlug}`)
    expect(html).toContain(`By <a href="/authors/${journalistSlug}">${JOURNALIST.name}</a>`)
  })

  it('names the author as a Person with their page in the story’s structured data', async () => {
    const { html } = await page(`/articles/${storySlug}`)
    const article = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]) as { author: { '@type': string; name: string; url: string }[] }
    expect(article.author).toEqual([{ '@type': 'Person', name: JOURNALIST.name, url: expect.stringMatching(new RegExp(`/authors/${journalistSlug}$`)) }])
  })
})

describe('an author’s page', () => {
  it('shows their name and their published stories, with a canonical address', async () => {
    const { status, html } = await page(`/authors/${journalistSlug}`)
    expect(status).toBe(200)
    expect(html).toContain(`<h1 id="entity-heading">${JOURNALIST.name}</h1>`)
    expect(html).toContain(`href="/articles/${storySlug}"`)
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+/authors/${journalistSlug}"/>`))
    // Nothing of the staff account but the name and the note: no email, no role.
    expect(html).not.toContain(JOURNALIST.email)
    // The same for every reader: served by the layer, without scripts (tests/pages/readerScripts.test.ts).
    expect(html).not.toContain('__next_f')
  })

  it('shows a new author note on the next page view, although the page is cached', async () => {
    expect((await page(`/authors/${journalistSlug}`)).html).not.toContain('Covers the Andes for the desk.')
    const journalist = await signedInStaff('journalist')
    const { user } = (await (await journalist.get('/api/users/me')).json()) as { user: { id: number } }
    expect((await journalist.send('PATCH', `/api/users/${user.id}`, { bio: 'Covers the Andes for the desk.' })).status).toBe(200)
    expect((await page(`/authors/${journalistSlug}`)).html).toContain('<p>Covers the Andes for the desk.</p>')
  })

  it('does not exist for staff who have published nothing, nor for nobody, nor for what is not a slug', async () => {
    for (const slug of [unpublishedAuthorSlug, 'nobody-at-all', 'Not%20A%20Slug']) {
      const { status, html } = await page(`/authors/${slug}`)
      expect(status, slug).toBe(404)
      expect(html).not.toContain('Drafty McDraft')
    }
  })

  it('is listed in the sitemap, and the one with only a draft is not', async () => {
    const xml = await (await new Reader().get('/sitemap.xml')).text()
    expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/authors/${journalistSlug}</loc>`))
    expect(xml).not.toContain(`/authors/${unpublishedAuthorSlug}<`)
  })
})
