import { beforeAll, describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { decodeEntities, Reader, signedInStaff, testSectionId } from '../support/reader'
import { seedStory } from '../support/stories'

/** The site's search as readers use it: /search?q=… over stories, people and quotes. */
const search = async (query: string) => {
  const response = await new Reader().get(`/search?${query.includes('=') ? query : `q=${encodeURIComponent(query)}`}`)
  return { status: response.status, html: decodeEntities(await response.text()) }
}
const group = (html: string, kind: 'stories' | 'people' | 'quotes') =>
  html.match(new RegExp(`<section class="search-group" aria-labelledby="results-${kind}">[\\s\\S]*?</section>`))?.[0] ?? ''

// A word no other test writes, for stories of this file only.
const WORD = 'quillwort'
const PAGED_STORIES = 12

beforeAll(async () => {
  const staff = await signedInStaff()
  const section = await testSectionId()
  // The oldest has the word in its headline, the others in their standfirst only: it must lead.
  for (let index = 0; index < PAGED_STORIES; index += 1) {
    const response = await staff.send('POST', '/api/articles', {
      title: index === 0 ? `Search paging story 1 about the ${WORD}` : `Search paging story ${index + 1}`,
      dek: index === 0 ? 'A standfirst for paging.' : `A standfirst for paging, about the ${WORD}.`,
      section,
      body: richTextFromParagraphs([`Opening ${index + 1}: Iran exports drones, it was reported.`]),
      publishedAt: new Date(Date.UTC(2001, 0, 1 + index)).toISOString(),
      _status: 'published',
    })
    expect(response.status).toBe(201)
  }
})

describe('search', () => {
  it('finds a person’s profile, the stories about them and their quotes, grouped', async () => {
    const { status, html } = await search('Ashtiani')
    expect(status).toBe(200)
    expect(group(html, 'people')).toContain('<a href="/people/mohammad-reza-ashtiani">Mohammad Reza <mark>Ashtiani</mark></a>')
    expect(group(html, 'stories')).toContain(`/articles/${MAIN_STORY_SLUG}`)
    expect(group(html, 'quotes')).toContain('We are prepared to provide the necessary equipment for the Bolivian army')
    expect(html).toMatch(/<p role="status">\d+ stor(y|ies), \d+ (person|people), 1 quote match “Ashtiani”\./)
  })

  it('finds a person by another spelling of their name, and says so', async () => {
    const { html } = await search('Mohamad')
    expect(group(html, 'people')).toContain('<a href="/people/mohammad-reza-ashtiani">Mohammad Reza Ashtiani</a>')
    expect(group(html, 'people')).toContain('(also written <mark>Mohamad</mark> Reza Ashtiani)')
  })

  it('matches other forms of a word and marks them: “drone” finds the drones story', async () => {
    const { html } = await search('drone')
    const stories = group(html, 'stories')
    expect(stories).toContain(`/articles/${MAIN_STORY_SLUG}`)
    expect(stories).toContain('Iranian <mark>drones</mark>')
  })

  it('shows an excerpt of the opening, with the match marked', async () => {
    const { html } = await search(`${WORD} exports`)
    expect(group(html, 'stories')).toMatch(/<p class="search-excerpt">Opening \d+: Iran <mark>exports<\/mark> drones, it was reported\.<\/p>/)
  })

  it('matches the start of a word, never its middle: “port” is not in “exports” or “reported”', async () => {
    const { html } = await search(`${WORD} port`)
    expect(html).toContain(`Nothing matches “${WORD} port”.`)
  })

  it('shows the first few of each group, and pages through one group', async () => {
    const all = await search(WORD)
    expect(group(all.html, 'stories').match(/<article class="card">/g)).toHaveLength(5)
    expect(all.html).toContain(`<a href="/search?q=${WORD}&kind=stories">All ${PAGED_STORIES} stories</a>`)

    const first = await search(`q=${WORD}&kind=stories`)
    expect(group(first.html, 'stories').match(/<article class="card">/g)).toHaveLength(10)
    expect(first.html).toContain('Page 1 of 2')
    // In rank order, no longer newest first: the oldest story, the only one with the word in its
    // headline, leads the first page ahead of eleven newer ones with it in their standfirst.
    const titles = (html: string) => [...group(html, 'stories').matchAll(/Search paging story (\d+)/g)].map((match) => Number(match[1]))
    expect(titles(first.html)[0]).toBe(1)
    expect(first.html).toContain(`<a rel="next" href="/search?q=${WORD}&kind=stories&page=2">Next</a>`)

    const second = await search(`q=${WORD}&kind=stories&page=2`)
    expect(group(second.html, 'stories').match(/<article class="card">/g)).toHaveLength(2)
    expect(titles(second.html)).toHaveLength(2)
    expect(new Set([...titles(first.html), ...titles(second.html)]).size).toBe(PAGED_STORIES)
    expect(second.html).toContain(`<a rel="prev" href="/search?q=${WORD}&kind=stories">Previous</a>`)

    const past = await search(`q=${WORD}&kind=stories&page=9`)
    expect(past.html).toContain('There are only 2 pages of results.')
  })

  it('finds a story as soon as it is published, and no longer once it is unpublished', async () => {
    const staff = await signedInStaff()
    const word = 'hornwrack'
    // Searched first, so an index is built and kept before the publish.
    expect((await search(word)).html).toContain(`Nothing matches “${word}”.`)
    const created = await staff.send('POST', '/api/articles', {
      title: `Fresh news of the ${word}`,
      dek: 'A standfirst.',
      section: await testSectionId(),
      body: richTextFromParagraphs(['An opening.']),
      publishedAt: new Date().toISOString(),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    expect(group((await search(word)).html, 'stories')).toContain(`/articles/${doc.slug}`)

    expect((await staff.send('PATCH', `/api/articles/${doc.id}`, { _status: 'draft' })).status).toBe(200)
    expect((await search(word)).html).toContain(`Nothing matches “${word}”.`)
  })

  it('finds a word typed one letter wrong, from five letters', async () => {
    expect(group((await search('Ashtianni')).html, 'people')).toContain('/people/mohammad-reza-ashtiani')
  })

  it('looks for every word: a word nothing has leaves nothing', async () => {
    const { html } = await search(`${seedStory.headline.split(' ')[0]} xylophonic`)
    expect(html).toContain('Nothing matches')
    expect(html).toContain('<a href="/people">people</a>')
  })

  it.each([
    ['nothing typed', 'q=', 'Type a name, a place or a subject'],
    ['no query at all', 'kind=people', 'Type a name, a place or a subject'],
    ['a single letter', 'q=x', 'Search for a word of at least two letters or digits.'],
    ['only punctuation', `q=${encodeURIComponent('"*%$ ()')}`, 'Search for a word of at least two letters or digits.'],
    ['2,000 characters', `q=${'drone '.repeat(334).slice(0, 2000)}`, 'That search is too long: keep it under 200 characters.'],
    ['a malformed percent-escape', 'q=%E0%A4%A', 'Search for a word of at least two letters or digits.'],
    ['the query twice', `q=${WORD}&q=other`, `match “${WORD}”`],
    ['the query as an array', `q[]=${WORD}`, 'Type a name, a place or a subject'],
    ['an unknown group', `q=${WORD}&kind=everything`, `All ${PAGED_STORIES} stories`],
    ['a page that is not a number', `q=${WORD}&kind=stories&page=abc`, 'Page 1 of 2'],
    ['a negative page', `q=${WORD}&kind=stories&page=-3`, 'Page 1 of 2'],
    ['an absurd page', `q=${WORD}&kind=stories&page=1e309`, 'Page 1 of 2'],
  ])('answers %s with a helpful page, never an error', async (_, query, message) => {
    const { status, html } = await search(query)
    expect(status).toBe(200)
    expect(html).toContain(message)
  })

  it('is kept out of search engines', async () => {
    const { html } = await search('drone')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })
})

describe('rebuilding the search index (the admin’s Reindex button)', () => {
  const reindex = (reader: Reader, body: string) =>
    reader.request('/api/search/reindex', { method: 'POST', headers: { 'content-type': 'application/json' }, body })

  it.each([
    ['not JSON', '{"collections": ['],
    ['no collections', '{}'],
    ['a collection that is not searched', '{"collections": ["users"]}'],
    ['an empty body', ''],
  ])('answers %s with a 400 that says what to send', async (_, body) => {
    const response = await reindex(await signedInStaff(), body)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Send {\\"collections\\": [...]} naming some of articles, people, quotes.')
  })

  it('is refused to readers and to staff who are not admins', async () => {
    expect((await reindex(new Reader(), '{"collections": ["articles"]}')).status).toBe(401)
    expect((await reindex(await signedInStaff('editor'), '{"collections": ["articles"]}')).status).toBe(401)
  })

  it('rebuilds what search finds, for an admin', async () => {
    const response = await reindex(await signedInStaff(), '{"collections": ["articles", "people", "quotes"]}')
    expect(response.status).toBe(200)
    const { html } = await search('Mohamad')
    expect(group(html, 'people')).toContain('/people/mohammad-reza-ashtiani')
    // All of them: the main story matches by its tags alone, below those naming him in their text.
    const { html: stories } = await search('q=Mohamad&kind=stories')
    expect(group(stories, 'stories')).toContain(`/articles/${MAIN_STORY_SLUG}`)
  })
})
