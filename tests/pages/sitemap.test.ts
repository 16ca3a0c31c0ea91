import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { COUNTRIES, PEOPLE } from '@/seed/content'
import { richTextFromParagraphs } from '@/story/richText'

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

describe('robots.txt', () => {
  it('names the sitemap and keeps crawlers out of the newsroom, the API, account pages and internal routes', async () => {
    const response = await new Reader().get('/robots.txt')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m)
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
