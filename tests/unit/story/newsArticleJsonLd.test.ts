import { describe, expect, it } from 'vitest'

import { GATED_SECTION_CLASS, newsArticleJsonLd, serializeJsonLd, type JsonLdStory } from '@/story/newsArticleJsonLd'

const site = { url: 'https://news.example', name: 'The Newsroom' }
const story: JsonLdStory = {
  title: 'A headline',
  dek: 'The standfirst.',
  slug: 'a-headline',
  freeToRead: false,
  byline: 'Jane Doe',
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
})
