import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { PayloadRequest } from 'payload'

import { paywallSettingsOf } from '@/collections/globals/paywallSettingsOf'
import { relationIds, relationKey } from '@/lib/relations'
import type { Article, Person, Quote } from '@/payload-types'
import { splitAtPaywall } from '@/paywall/PaywallBreak/split'
import { paragraphTexts } from '@/reader/richText'

import { fieldTermsOf } from './terms'

/**
 * A story's entry keeps only what every reader of its page may read, never the gated part,
 * or the search box would answer questions about it.
 */
export type SearchEntryFields = { title: string; text: string; terms: string }

type Names = {
  name?: string | null
  aliases?: { name?: string | null }[] | null
}
const namesOf = (people: Names[]): string[] => people.flatMap((person) => [person.name ?? '', ...(person.aliases ?? []).map((alias) => alias.name ?? '')])

async function visibleParagraphs(story: Pick<Article, 'id' | 'freeToRead'>, req: PayloadRequest): Promise<string[]> {
  // As the feeds read it (reader/queries/stories.ts#feedItemsOf).
  const published = await req.payload
    .findByID({ collection: 'articles', id: story.id, draft: false, select: { body: true }, populate: { quotes: { text: true } }, depth: 1, req })
    .catch(() => null)
  if (!published?.body) return []
  const shown = story.freeToRead ? published.body : splitAtPaywall(published.body, (await paywallSettingsOf(req)).openingParagraphs).opening
  return paragraphTexts(shown)
}

async function namesTagged(story: Pick<Article, 'people' | 'countries'>, req: PayloadRequest): Promise<string[]> {
  const byIds = (ids: string[]) => ({ id: { in: ids } })
  const [people, countries] = await Promise.all([
    relationIds(story.people).length === 0
      ? []
      : req.payload
          .find({
            collection: 'people',
            where: byIds(relationIds(story.people)),
            select: { name: true, aliases: true },
            depth: 0,
            limit: 100,
            req,
          })
          .then((result) => result.docs),
    relationIds(story.countries).length === 0
      ? []
      : req.payload
          .find({
            collection: 'countries',
            where: byIds(relationIds(story.countries)),
            select: { name: true },
            depth: 0,
            limit: 100,
            req,
          })
          .then((result) => result.docs),
  ])
  return [...namesOf(people), ...countries.map((country) => country.name)]
}

export async function storyEntry(story: Article, req: PayloadRequest): Promise<SearchEntryFields> {
  const [paragraphs, names] = await Promise.all([visibleParagraphs(story, req), namesTagged(story, req)])
  const text = paragraphs.join('\n\n')
  return {
    title: story.title,
    text,
    terms: fieldTermsOf({ headline: [story.title], names, standfirst: [story.dek], opening: [text] }),
  }
}

export function personEntry(person: Person): SearchEntryFields {
  const names = namesOf([person])
  return {
    title: person.name,
    text: [person.role, person.organisation].filter(Boolean).join(', '),
    terms: fieldTermsOf({ headline: names, standfirst: [person.role, person.organisation], opening: [person.bio] }),
  }
}

export async function quoteEntry(quote: Quote, req: PayloadRequest): Promise<SearchEntryFields> {
  const speakerId = relationKey(quote.speaker)
  const speaker =
    speakerId === null
      ? null
      : await req.payload
          .findByID({
            collection: 'people',
            id: speakerId,
            select: { name: true, aliases: true },
            depth: 0,
            req,
          })
          .catch(() => null)
  return {
    title: quote.text,
    text: quote.text,
    terms: fieldTermsOf({ headline: [quote.text], names: speaker ? namesOf([speaker]) : [], standfirst: [quote.speakerRole, quote.relayedBy] }),
  }
}

export const toSearchEntry: BeforeSync = async ({ collectionSlug, originalDoc, req, searchDoc }) => {
  const entry =
    collectionSlug === 'articles'
      ? await storyEntry(originalDoc as Article, req)
      : collectionSlug === 'quotes'
        ? await quoteEntry(originalDoc as Quote, req)
        : personEntry(originalDoc as Person)
  return { ...searchDoc, ...entry }
}
