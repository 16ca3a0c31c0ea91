import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { PayloadRequest } from 'payload'

import { paywallSettingsOf } from '@/collections/globals/paywallSettingsOf'
import { relationId, relationIds, relationKey, type Relation } from '@/lib/relations'
import type { Article, Person, Quote } from '@/payload-types'
import { splitAtPaywall } from '@/paywall/PaywallBreak/split'
import { paragraphTexts } from '@/story/richText'

import { indexTermsOf } from './terms'

/**
 * What the search index keeps of each document (search/searchIndex.ts): `text` is what a
 * result may show (and highlight), `terms` what a query is matched against
 * (search/terms.ts). A story keeps only what every reader of its page may read: its
 * headline, standfirst, tags and opening (the whole text when it is free to read),
 * never the part the gate withholds, or the search box would answer questions about it.
 */
export type SearchEntryFields = { title: string; text: string; terms: string }

type Names = {
  name?: string | null
  aliases?: { name?: string | null }[] | null
}
const namesOf = (people: Names[]): string[] => people.flatMap((person) => [person.name ?? '', ...(person.aliases ?? []).map((alias) => alias.name ?? '')])

/** The part of a story's body every reader may see, as plain paragraphs, its inline quotes read as their words. */
async function visibleParagraphs(story: Pick<Article, 'id' | 'body' | 'freeToRead'>, req: PayloadRequest): Promise<string[]> {
  if (!story.body) return []
  const settings = await paywallSettingsOf(req)
  const shown = story.freeToRead ? story.body : splitAtPaywall(story.body, settings.openingParagraphs).opening
  const { docs: quotes } = await req.payload.find({
    collection: 'quotes',
    where: { article: { equals: story.id } },
    select: { text: true },
    depth: 0,
    limit: 500,
    pagination: false,
    req,
  })
  const wordsById = new Map(quotes.map((quote) => [String(quote.id), quote.text]))
  return paragraphTexts(withQuoteWords(shown, wordsById))
}

// paragraphTexts reads a populated quote block as its words; a hook's story holds ids.
function withQuoteWords(node: unknown, wordsById: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((child) => withQuoteWords(child, wordsById))
  if (node === null || typeof node !== 'object') return node
  const record = node as Record<string, unknown>
  if (record.type === 'inlineBlock') {
    const fields = record.fields as { quote?: Relation } | undefined
    const id = relationId(fields?.quote)
    return {
      ...record,
      fields: { ...fields, quote: { text: (id && wordsById.get(id)) ?? '' } },
    }
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, withQuoteWords(value, wordsById)]))
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
    terms: indexTermsOf(story.title, story.dek, text, ...names),
  }
}

export function personEntry(person: Person): SearchEntryFields {
  const names = namesOf([person])
  return {
    title: person.name,
    text: [person.role, person.organisation].filter(Boolean).join(', '),
    terms: indexTermsOf(...names, person.role, person.organisation, person.bio),
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
    terms: indexTermsOf(quote.text, quote.speakerRole, quote.relayedBy, ...(speaker ? namesOf([speaker]) : [])),
  }
}

/** The plugin's hook: each indexed collection's document becomes its entry. */
export const toSearchEntry: BeforeSync = async ({ collectionSlug, originalDoc, req, searchDoc }) => {
  const entry =
    collectionSlug === 'articles'
      ? await storyEntry(originalDoc as Article, req)
      : collectionSlug === 'quotes'
        ? await quoteEntry(originalDoc as Quote, req)
        : personEntry(originalDoc as Person)
  return { ...searchDoc, ...entry }
}
