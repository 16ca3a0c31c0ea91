/**
 * Marked up as Google documents for subscription content, so showing the gated section to a crawler
 * is not mistaken for cloaking. Never `articleBody`: metadata is readable by everyone.
 */

import { countryPath, personPath, sectionPath, storyPath } from '@/lib/readerPaths'
import type { Person } from '@/payload-types'

export const GATED_SECTION_CLASS = 'story-paywalled'

export type JsonLdStory = {
  title: string
  dek: string
  slug: string
  freeToRead: boolean
  // None for a staff story, which the publisher signs.
  authors: { name: string; path: string | null }[]
  publishedAt: string | null
  updatedAt: string
  section: string
  imageUrl: string | null
  people: { name: string; slug: string }[]
  countries: { name: string; slug: string }[]
}

type Site = { url: string; name: string }

// As Google asks of a news publisher: a wide image, 60 px high.
export const PUBLISHER_LOGO = { path: '/logo.png', width: 600, height: 60 } as const

const publisherOf = (site: Site) => ({
  '@type': 'NewsMediaOrganization',
  name: site.name,
  url: site.url,
  logo: { '@type': 'ImageObject', url: new URL(PUBLISHER_LOGO.path, site.url).href, width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
})

export function newsArticleJsonLd(story: JsonLdStory, site: Site): Record<string, unknown> {
  const url = new URL(storyPath(story.slug), site.url).href
  const publisher = publisherOf(site)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.dek,
    articleSection: story.section,
    url,
    mainEntityOfPage: url,
    ...(story.publishedAt ? { datePublished: story.publishedAt } : {}),
    dateModified: story.updatedAt,
    ...(story.imageUrl ? { image: [new URL(story.imageUrl, site.url).href] } : {}),
    author:
      story.authors.length > 0
        ? story.authors.map((author) => ({ '@type': 'Person', name: author.name, ...(author.path ? { url: new URL(author.path, site.url).href } : {}) }))
        : [publisher],
    ...(story.people.length > 0
      ? { about: story.people.map((person) => ({ '@type': 'Person', name: person.name, url: new URL(personPath(person.slug), site.url).href })) }
      : {}),
    ...(story.countries.length > 0
      ? { mentions: story.countries.map((country) => ({ '@type': 'Country', name: country.name, url: new URL(countryPath(country.slug), site.url).href })) }
      : {}),
    publisher,
    isAccessibleForFree: story.freeToRead,
    ...(story.freeToRead
      ? {}
      : {
          hasPart: {
            '@type': 'WebPageElement',
            isAccessibleForFree: false,
            cssSelector: `.${GATED_SECTION_CLASS}`,
          },
        }),
  }
}

export function breadcrumbJsonLd(story: { title: string; slug: string; section: { name: string; slug: string } | null }, site: Site): Record<string, unknown> {
  const crumbs = [
    { name: site.name, path: '/' },
    ...(story.section ? [{ name: story.section.name, path: sectionPath(story.section.slug) }] : []),
    { name: story.title, path: storyPath(story.slug) },
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: new URL(crumb.path, site.url).href })),
  }
}

export function personJsonLd(
  person: Pick<Person, 'name' | 'slug' | 'role' | 'organisation' | 'bio' | 'aliases'> & { country: { name: string } | null; imageUrl: string | null },
  site: Site,
): Record<string, unknown> {
  const aliases = (person.aliases ?? []).map((alias) => alias.name)
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    url: new URL(personPath(person.slug), site.url).href,
    ...(aliases.length > 0 ? { alternateName: aliases } : {}),
    ...(person.role ? { jobTitle: person.role } : {}),
    ...(person.organisation ? { worksFor: { '@type': 'Organization', name: person.organisation } } : {}),
    ...(person.country ? { nationality: { '@type': 'Country', name: person.country.name } } : {}),
    ...(person.bio ? { description: person.bio } : {}),
    ...(person.imageUrl ? { image: new URL(person.imageUrl, site.url).href } : {}),
  }
}

// `<` escaped, so no text can close the script element.
export const serializeJsonLd = (data: Record<string, unknown>): string =>
  JSON.stringify(data).replace(/</g, '\\u003c')
