/**
 * schema.org NewsArticle for a story page, marked up the way Google documents
 * for subscription content: a metered story says `isAccessibleForFree: false`
 * and names its gated section by CSS class, so showing that section to a
 * crawler (on a reader's free read) is not mistaken for cloaking.
 * It never carries `articleBody`: metadata is readable by everyone.
 */

import { countryPath, personPath } from '@/collections/entityPaths'

/** The class of the element holding a story's gated paragraphs (story/StoryBody.tsx). */
export const GATED_SECTION_CLASS = 'story-paywalled'

export type JsonLdStory = {
  title: string
  dek: string
  slug: string
  freeToRead: boolean
  byline: string
  publishedAt: string | null
  updatedAt: string
  section: string
  imageUrl: string | null
  /** Who and where the story is about: its people and country tags, each with its page. */
  people: { name: string; slug: string }[]
  countries: { name: string; slug: string }[]
}

export function newsArticleJsonLd(story: JsonLdStory, site: { url: string; name: string }): Record<string, unknown> {
  const url = new URL(`/articles/${encodeURIComponent(story.slug)}`, site.url).href
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
    author: [{ '@type': 'Person', name: story.byline }],
    ...(story.people.length > 0
      ? { about: story.people.map((person) => ({ '@type': 'Person', name: person.name, url: new URL(personPath(person.slug), site.url).href })) }
      : {}),
    ...(story.countries.length > 0
      ? { mentions: story.countries.map((country) => ({ '@type': 'Country', name: country.name, url: new URL(countryPath(country.slug), site.url).href })) }
      : {}),
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
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

/** JSON for an inline <script>: `<` escaped so no text can close the script element. */
export const serializeJsonLd = (data: Record<string, unknown>): string =>
  JSON.stringify(data).replace(/</g, '\\u003c')
