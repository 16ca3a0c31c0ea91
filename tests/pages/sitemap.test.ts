import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { COUNTRIES, PEOPLE } from '@/seed/content'
import { richTextFromParagraphs } from '@/reader/richText'

import { Reader, signedInStaff, testSectionId } from '../support/reader'

/** What crawlers are told: the sitemap, robots.txt, and the icon every page asks for. */
const DRAFT_SLUG = 'a-draft-the-sitemap-must-not-list'
let urls: { loc: string; lastmod: string | null }[]

beforeAll(async () => {
  const staff = await signedInStaff()
  const draft = await staff.send('POST', '/api/articles?draft=true', {
    title: 'A draft the sitemap must not list',
    slug: DRAFT_SLUG,
    dek: 'Not yet.',
    section: await testSectionId(),
    body: richTextFromParagraphs(['Unpublished.']),
    _status: 'draft',
  })
  expect(draft.status).toBe(201)
  const response = await new Reader().get('/sitemap.xml')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/xml/)
  const xml = await response.text()
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/)
  urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    loc: entry.match(/<loc>(.*?)<\/loc>/)?.[1] ?? '',
    lastmod: entry.match(/<lastmod>(.*?)<\/lastmod>/)?.[1] ?? null,
  }))
})

const paths = () => urls.map((url) => new URL(url.loc).pathname)

describe('the sitemap', () => {
  it('lists the home page, the stories, and every person and country, each with when it last changed', () => {
    expect(paths()).toContain('/')
    expect(paths()).toContain(`/articles/${MAIN_STORY_SLUG}`)
    for (const person of PEOPLE) expect(paths()).toContain(`/people/${person.slug}`)
    for (const country of COUNTRIES) expect(paths()).toContain(`/countries/${slugify(country.name)}`)
    for (const url of urls) expect(Number.isNaN(Date.parse(url.lastmod ?? '')), url.loc).toBe(false)
  })

  it('lists the pages of the quotes open to everyone: the seed story’s five, said in public', async () => {
    const staff = await signedInStaff()
    const { docs } = (await (await staff.get(`/api/quotes?where[article.slug][equals]=${MAIN_STORY_SLUG}&depth=0`)).json()) as { docs: { id: number }[] }
    expect(docs).toHaveLength(5)
    for (const quote of docs) expect(paths()).toContain(`/quotes/${quote.id}`)
  })

  it('lists no draft and nothing crawlers are kept out of', () => {
    expect(paths()).not.toContain(`/articles/${DRAFT_SLUG}`)
    expect(paths().filter((path) => /^\/(admin|api|internal|preview|account|login|register)/.test(path))).toEqual([])
  })

  it('gives absolute addresses on the site', () => {
    const origins = new Set(urls.map((url) => new URL(url.loc).origin))
    expect(origins.size).toBe(1)
  })
})

describe('the Google News sitemap', () => {
  it('lists the stories of the last two days with publication, date and title, and no older story or draft', async () => {
    const staff = await signedInStaff()
    const recent = await staff.send('POST', '/api/articles', {
      title: 'A story from this morning & its news sitemap entry',
      dek: 'Recent.',
      section: await testSectionId(),
      publishedAt: new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString(),
      body: richTextFromParagraphs(['Recent text.']),
      _status: 'published',
    })
    expect(recent.status).toBe(201)
    const { slug } = ((await recent.json()) as { doc: { slug: string } }).doc
    const response = await new Reader().get('/news-sitemap.xml')
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
    const entry = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => body).find((body) => body.includes(`/articles/${slug}</loc>`))
    expect(entry).toBeDefined()
    expect(entry).toMatch(/<news:publication><news:name>[^<]+<\/news:name><news:language>en<\/news:language><\/news:publication>/)
    expect(entry).toMatch(/<news:publication_date>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/news:publication_date>/)
    expect(entry).toContain('<news:title>A story from this morning &amp; its news sitemap entry</news:title>')
    // The seed's stories are from 2023, the draft never ran.
    expect(xml).not.toContain(`/articles/${MAIN_STORY_SLUG}<`)
    expect(xml).not.toContain(DRAFT_SLUG)
  })
})

describe('robots.txt', () => {
  it('names the sitemap and keeps crawlers out of the newsroom, the API, account pages and internal routes', async () => {
    const response = await new Reader().get('/robots.txt')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m)
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/news-sitemap\.xml$/m)
    for (const path of ['/admin', '/api', '/internal', '/account', '/login', '/register', '/preview']) expect(text).toContain(`Disallow: ${path}\n`)
  })
})

describe('the site icon', () => {
  it('is served where browsers look for it, and declared on every page', async () => {
    const icon = await new Reader().get('/favicon.ico')
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
    const html = await new Reader().html('/people')
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*" sizes="any" type="image\/svg\+xml"\/>/)
  })
})
