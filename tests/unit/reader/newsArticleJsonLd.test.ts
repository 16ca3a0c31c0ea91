import { describe, expect, it } from 'vitest'

import { breadcrumbJsonLd, GATED_SECTION_CLASS, newsArticleJsonLd, personJsonLd, serializeJsonLd, type JsonLdStory } from '@/reader/newsArticleJsonLd'

const site = { url: 'https://news.example', name: 'The Newsroom' }
const story: JsonLdStory = {
  title: 'A headline',
  dek: 'The standfirst.',
  slug: 'a-headline',
  freeToRead: false,
  authors: [
    { name: 'Jane Doe', path: '/authors/jane-doe' },
    { name: 'Juan Pérez', path: null },
  ],
  publishedAt: '2023-07-25T12:00:00.000Z',
  updatedAt: '2023-07-26T12:00:00.000Z',
  section: 'World',
  imageUrl: '/api/media/file/hero.png',
  people: [{ name: 'Edmundo Novillo', slug: 'edmundo-novillo' }],
  countries: [{ name: 'Bolivia', slug: 'bolivia' }],
}

describe('the NewsArticle JSON-LD', () => {
  it('marks a metered story as not free and names its gated section', () => {
    const data = newsArticleJsonLd(story, site)
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'A headline',
      url: 'https://news.example/articles/a-headline',
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: `.${GATED_SECTION_CLASS}` },
      image: ['https://news.example/api/media/file/hero.png'],
    })
  })

  it('marks a free-to-read story as free, without a gated part', () => {
    const data = newsArticleJsonLd({ ...story, freeToRead: true }, site)
    expect(data.isAccessibleForFree).toBe(true)
    expect(data).not.toHaveProperty('hasPart')
  })

  it('never carries the story text', () => {
    expect(Object.keys(newsArticleJsonLd(story, site))).not.toContain('articleBody')
  })

  it('cannot close its script element, whatever an editor typed', () => {
    const json = serializeJsonLd(newsArticleJsonLd({ ...story, title: '</script><script>alert(1)</script>' }, site))
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>')
  })

  it('says who and where the story is about, each with their page', () => {
    const data = newsArticleJsonLd(story, site)
    expect(data.about).toEqual([{ '@type': 'Person', name: 'Edmundo Novillo', url: 'https://news.example/people/edmundo-novillo' }])
    expect(data.mentions).toEqual([{ '@type': 'Country', name: 'Bolivia', url: 'https://news.example/countries/bolivia' }])
    const untagged = newsArticleJsonLd({ ...story, people: [], countries: [] }, site)
    expect(untagged).not.toHaveProperty('about')
    expect(untagged).not.toHaveProperty('mentions')
  })

  it('names each author as a Person, and signs a story without one with the publisher', () => {
    expect(newsArticleJsonLd(story, site).author).toEqual([
      { '@type': 'Person', name: 'Jane Doe', url: 'https://news.example/authors/jane-doe' },
      { '@type': 'Person', name: 'Juan Pérez' },
    ])
    const unsigned = newsArticleJsonLd({ ...story, authors: [] }, site)
    expect(unsigned.author).toEqual([unsigned.publisher])
  })

  it('names the publisher with its logo', () => {
    expect(newsArticleJsonLd(story, site).publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'The Newsroom',
      url: 'https://news.example',
      logo: { '@type': 'ImageObject', url: 'https://news.example/logo.png', width: 600, height: 60 },
    })
  })
})

describe('the BreadcrumbList JSON-LD', () => {
  it('leads from the home page through the section to the story', () => {
    expect(breadcrumbJsonLd({ title: 'A headline', slug: 'a-headline', section: { name: 'World', slug: 'world' } }, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'The Newsroom', item: 'https://news.example/' },
        { '@type': 'ListItem', position: 2, name: 'World', item: 'https://news.example/sections/world' },
        { '@type': 'ListItem', position: 3, name: 'A headline', item: 'https://news.example/articles/a-headline' },
      ],
    })
  })

  it('goes straight from home to a story without a section', () => {
    const crumbs = breadcrumbJsonLd({ title: 'A headline', slug: 'a-headline', section: null }, site).itemListElement as { position: number }[]
    expect(crumbs.map((crumb) => crumb.position)).toEqual([1, 2])
  })
})

describe('the Person JSON-LD', () => {
  const person = { name: 'Mohammad Reza Ashtiani', slug: 'mohammad-reza-ashtiani', role: 'Defense Minister', organisation: 'Ministry of Defense of Iran', bio: null, aliases: [{ name: 'Mohamad Reza Ashtiani' }] }

  it('names the person, their other spellings, role, organisation and country, with their page', () => {
    expect(personJsonLd({ ...person, country: { name: 'Iran' }, imageUrl: '/api/media/file/a.png' }, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Mohammad Reza Ashtiani',
      url: 'https://news.example/people/mohammad-reza-ashtiani',
      alternateName: ['Mohamad Reza Ashtiani'],
      jobTitle: 'Defense Minister',
      worksFor: { '@type': 'Organization', name: 'Ministry of Defense of Iran' },
      nationality: { '@type': 'Country', name: 'Iran' },
      image: 'https://news.example/api/media/file/a.png',
    })
  })

  it('leaves out what is not known', () => {
    expect(personJsonLd({ name: 'A Name', slug: 'a-name', role: null, organisation: null, bio: null, aliases: [], country: null, imageUrl: null }, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'A Name',
      url: 'https://news.example/people/a-name',
    })
  })
})
