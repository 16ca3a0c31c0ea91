import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'
import { richTextFromParagraphs } from '@/reader/richText'

import { Reader, signedInStaff, testSectionId } from '../support/reader'
import { seedStory } from '../support/stories'

/** What link previews and search engines get: share cards (next/og), Open Graph, Twitter, JSON-LD. */
const head = (html: string) => html.slice(0, html.indexOf('</head>'))
const meta = (html: string, property: string) => [...head(html).matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"/>`, 'g'))].map(([, content]) => content)
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(([, json]) => JSON.parse(json) as Record<string, unknown>)

/** A picture the site serves, with its format and size. */
async function picture(url: string) {
  const response = await new Reader().get(new URL(url).pathname + new URL(url).search)
  if (response.status !== 200) return { status: response.status }
  const { format, width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  return { status: response.status, type: response.headers.get('content-type'), format, width, height }
}

let draftSlug: string
let overridden: { slug: string }

beforeAll(async () => {
  const staff = await signedInStaff()
  const response = await staff.send('POST', '/api/articles?draft=true', {
    title: 'Share cards: a draft nobody may preview',
    dek: 'Not published.',
    section: await testSectionId(),
    body: richTextFromParagraphs(['Draft text.']),
    _status: 'draft',
  })
  expect(response.status).toBe(201)
  draftSlug = ((await response.json()) as { doc: { slug: string } }).doc.slug

  // A story whose editors chose its share title, description and image (the SEO group).
  const upload = new FormData()
  const png = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#225588' } }).png().toBuffer()
  upload.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'share-override.png')
  upload.append('_payload', JSON.stringify({ alt: 'The share picture the editors chose', caption: 'Share picture' }))
  const uploaded = await staff.request('/api/media', { method: 'POST', body: upload })
  expect(uploaded.status).toBe(201)
  const image = ((await uploaded.json()) as { doc: { id: number } }).doc
  const story = await staff.send('POST', '/api/articles', {
    title: 'Share cards: the headline as printed',
    dek: 'The standfirst as printed.',
    section: await testSectionId(),
    body: richTextFromParagraphs(['Text.']),
    publishedAt: '2001-03-01T00:00:00.000Z',
    meta: { title: 'The title the editors chose to share', description: 'The description the editors chose.', image: image.id },
    _status: 'published',
  })
  expect(story.status).toBe(201)
  const { doc } = (await story.json()) as { doc: { slug: string } }
  overridden = { slug: doc.slug }
})

describe('a story’s share card', () => {
  it('is named first by the story’s Open Graph and Twitter tags, as a large image, before the hero photo', async () => {
    const html = await new Reader().html(`/articles/${MAIN_STORY_SLUG}`)
    const images = meta(html, 'og:image')
    expect(images[0]).toMatch(new RegExp(`^https?://[^/]+/articles/${MAIN_STORY_SLUG}/share-card$`))
    expect(images[1]).toMatch(/\/api\/media\/file\//)
    expect(meta(html, 'og:image:width')[0]).toBe('1200')
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image'])
    expect(meta(html, 'twitter:image')[0]).toBe(images[0])
    expect(await picture(images[0])).toEqual({ status: 200, type: 'image/png', format: 'png', width: 1200, height: 630 })
  })

  it('comes with the story’s Open Graph article facts: published and modified time, section, tags', async () => {
    const html = await new Reader().html(`/articles/${MAIN_STORY_SLUG}`)
    expect(meta(html, 'og:type')).toEqual(['article'])
    expect(meta(html, 'article:published_time')[0]).toMatch(/^2023-07-2\dT/)
    expect(meta(html, 'article:modified_time')[0]).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(meta(html, 'article:section')).toEqual(['Latin America'])
    expect(meta(html, 'article:tag')).toEqual(expect.arrayContaining(['Mohammad Reza Ashtiani', 'Bolivia', 'United States']))
    expect(meta(html, 'article:tag')).toHaveLength(12)
  })

  it('is a 404 for a story that does not exist, is not published, or an address that is not a slug', async () => {
    for (const slug of ['no-such-story', draftSlug, 'Not%20A%20Slug']) {
      expect((await new Reader().get(`/articles/${slug}/share-card`)).status, slug).toBe(404)
    }
  })
})

describe('a story’s share title, description and image, chosen by its editors', () => {
  it('replace the headline, standfirst and generated card in what link previews read', async () => {
    const html = await new Reader().html(`/articles/${overridden.slug}`)
    expect(meta(html, 'og:title')).toEqual(['The title the editors chose to share'])
    expect(meta(html, 'twitter:title')).toEqual(['The title the editors chose to share'])
    expect(meta(html, 'og:description')).toEqual(['The description the editors chose.'])
    expect(meta(html, 'description')).toEqual(['The description the editors chose.'])
    const [image] = meta(html, 'og:image')
    expect(image).toMatch(/\/api\/media\/file\/share-override/)
    expect(meta(html, 'og:image:alt')[0]).toBe('The share picture the editors chose')
    // Published with the story, the picture is readable by anyone.
    expect(await picture(image)).toMatchObject({ status: 200, format: 'png' })
    // The page itself still prints the headline.
    expect(html).toContain('<h1')
    expect(html).toContain('Share cards: the headline as printed')
  })
})

describe('people’s and countries’ share cards', () => {
  it.each(['/people/mohammad-reza-ashtiani', '/countries/bolivia'])('%s names its own card, a large image', async (path) => {
    const html = await new Reader().html(path)
    const [image] = meta(html, 'og:image')
    expect(image).toMatch(new RegExp(`^https?://[^/]+${path}/opengraph-image`))
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image'])
    expect(meta(html, 'twitter:image').map((url) => new URL(url).pathname)).toEqual([new URL(image).pathname])
    expect(await picture(image)).toEqual({ status: 200, type: 'image/png', format: 'png', width: 1200, height: 630 })
  })

  it.each([
    ['/people/mohammad-reza-ashtiani', '/people/nobody-at-all'],
    ['/countries/bolivia', '/countries/atlantis'],
    ['/people/mohammad-reza-ashtiani', '/people/mohamad-reza-ashtiani'],
    ['/people/mohammad-reza-ashtiani', '/people/Not%20A%20Slug'],
  ])('has no card at %s’s card address for %s: only a page has one', async (path, missing) => {
    const card = new URL(meta(await new Reader().html(path), 'og:image')[0])
    expect(await picture(card.href.replace(path, missing))).toEqual({ status: 404 })
  })
})

describe('every other public page', () => {
  it.each(['/', '/sections/latin-america', '/people', '/countries'])('%s has a canonical address, a title, a description and the site’s share card', async (path) => {
    const html = await new Reader().html(path)
    expect(head(html)).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+${path === '/' ? '/?' : path}"/>`))
    expect(meta(html, 'og:title')[0]).toBeTruthy()
    expect(meta(html, 'og:description')[0]).toBeTruthy()
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image'])
    const [image] = meta(html, 'og:image')
    expect(new URL(image).pathname).toBe('/share-card')
    expect(meta(html, 'twitter:image')).toEqual([image])
    expect(await picture(image)).toEqual({ status: 200, type: 'image/png', format: 'png', width: 1200, height: 630 })
  })
})

describe('structured data', () => {
  it('names the story’s publisher with its logo, and the logo is served', async () => {
    const [article] = jsonLd(await new Reader().html(`/articles/${MAIN_STORY_SLUG}`))
    const publisher = article.publisher as { '@type': string; name: string; logo: { url: string; width: number; height: number } }
    expect(publisher['@type']).toBe('NewsMediaOrganization')
    expect(article.author).toEqual([expect.objectContaining({ '@type': expect.stringMatching(/^(Person|NewsMediaOrganization)$/), name: expect.any(String) })])
    expect(await picture(publisher.logo.url)).toEqual({ status: 200, type: 'image/png', format: 'png', width: publisher.logo.width, height: publisher.logo.height })
  })

  it('leads from the home page through the section to the story (BreadcrumbList)', async () => {
    const crumbs = jsonLd(await new Reader().html(`/articles/${MAIN_STORY_SLUG}`)).find((data) => data['@type'] === 'BreadcrumbList')
    const items = crumbs?.itemListElement as { position: number; name: string; item: string }[]
    expect(items.map((crumb) => [crumb.position, crumb.name, new URL(crumb.item).pathname])).toEqual([
      [1, expect.any(String), '/'],
      [2, 'Latin America', '/sections/latin-america'],
      [3, seedStory.headline, `/articles/${MAIN_STORY_SLUG}`],
    ])
  })

  it('describes a person’s page as a Person, with their other spelling', async () => {
    const [person] = jsonLd(await new Reader().html('/people/mohammad-reza-ashtiani'))
    expect(person).toMatchObject({
      '@type': 'Person',
      name: 'Mohammad Reza Ashtiani',
      alternateName: ['Mohamad Reza Ashtiani'],
      jobTitle: 'Defense Minister',
      nationality: { '@type': 'Country', name: 'Iran' },
    })
    expect(new URL(person.url as string).pathname).toBe('/people/mohammad-reza-ashtiani')
  })
})
