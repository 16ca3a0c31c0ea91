import { APIError, type Payload, type TypedUser } from 'payload'
import { z } from 'zod'

import { isCountryCreator } from '@/collections/access/countryCreators'
import { databaseKindOf } from '@/lib/platform/database'
import { isIdFor } from '@/lib/api/documentId'
import { slugify } from '@/lib/slugify'
import { paragraphWithQuotes, richTextDocument } from '@/reader/richText'

import { MAX_STORY_CHARACTERS, type KnownEntities, type Proposal } from './importer'
import { placeQuotes } from './importer/place'

/**
 * The story importer's server side, shared by the admin's Import story view and
 * `npm run import:story`: what the newsroom already knows (for the proposal), and the
 * draft made from a proposal the journalist accepted. Nothing is ever published.
 */

/** Every person (names and aliases, role, country) and country on record, as the importer matches them. */
export async function knownEntities(payload: Payload): Promise<KnownEntities> {
  const [people, countries] = await Promise.all([
    payload.find({ collection: 'people', depth: 1, pagination: false, overrideAccess: true, select: { name: true, aliases: true, role: true, country: true } }),
    payload.find({ collection: 'countries', depth: 0, pagination: false, overrideAccess: true, select: { name: true, isoCode: true, otherNames: true, demonyms: true } }),
  ])
  return {
    people: people.docs.map((person) => ({
      name: person.name,
      aliases: (person.aliases ?? []).map((alias) => alias.name),
      role: person.role ?? null,
      country: typeof person.country === 'object' && person.country ? person.country.isoCode : null,
    })),
    countries: countries.docs.map((country) => ({
      name: country.name,
      iso: country.isoCode,
      otherNames: (country.otherNames ?? []).map((otherName) => otherName.name),
      demonyms: (country.demonyms ?? []).map((demonym) => demonym.name),
    })),
  }
}

const text = (max: number) => z.string().trim().min(1, 'is empty').max(max, `is longer than ${max.toLocaleString('en')} characters`)

/** What the journalist sends back after reviewing a proposal: what they kept, as they edited it. */
export const acceptedImportSchema = z
  .object({
    headline: text(200),
    dek: text(400),
    section: z.union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9-]{1,64}$/)], { error: 'is not chosen' }),
    paragraphs: z.array(z.string().max(MAX_STORY_CHARACTERS)).min(1).max(2_000),
    quotes: z
      .array(
        z.object({
          text: text(2_000),
          speaker: text(200),
          speakerRole: z.string().trim().max(200).nullish(),
          relayedBy: z.string().trim().max(200).nullish(),
          paragraph: z.number().int().nonnegative(),
        }),
      )
      .max(200),
    people: z
      .array(
        z.object({
          name: text(200),
          aliases: z.array(text(200)).max(20),
          role: z.string().trim().max(200).nullish(),
          country: z.string().regex(/^[A-Z]{2}$/).nullish(),
          existing: z.boolean(),
        }),
      )
      .max(200),
    countries: z.array(z.object({ name: text(100), iso: z.string().regex(/^[A-Z]{2}$/) })).max(250),
  })
  .superRefine((accepted, ctx) => {
    const placement = placeQuotes(accepted.paragraphs, accepted.quotes)
    if (!placement.ok) {
      for (const { index, message } of placement.problems) ctx.addIssue({ code: 'custom', path: ['quotes', index, 'text'], message })
    }
    accepted.quotes.forEach((quote, index) => {
      if (!accepted.people.some((person) => person.name === quote.speaker)) {
        ctx.addIssue({ code: 'custom', path: ['quotes', index, 'speaker'], message: 'is not one of the people kept' })
      }
    })
  })

export type AcceptedImport = z.output<typeof acceptedImportSchema>

const FIELD_NAMES: Record<string, string> = { headline: 'the headline', dek: 'the standfirst', section: 'the section', paragraphs: 'the paragraphs', quotes: 'quote', people: 'person', countries: 'country' }

/** The first problem with what was sent, in the form's words: "quote 2 (its text) is not in the paragraph…". */
export function describeImportProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  const [field, index, part] = issue.path
  if (field === undefined) return `the request ${issue.message}`
  const name = FIELD_NAMES[String(field)] ?? String(field)
  const which = typeof index === 'number' ? ` ${index + 1}` : ''
  return `${name}${which}${part !== undefined ? ` (its ${String(part)})` : ''} ${issue.message}`
}

/** A proposal taken as it is: what `npm run import:story` drafts without a journalist's review. */
export function acceptEverything(proposal: Proposal, choices: { dek: string; section: number | string }): AcceptedImport {
  return {
    headline: proposal.headline,
    dek: choices.dek,
    section: choices.section,
    paragraphs: proposal.paragraphs,
    // A quote the importer could name no speaker for waits for a journalist.
    quotes: proposal.quotes.flatMap(({ speaker, ...quote }) => (speaker ? [{ ...quote, speaker }] : [])),
    people: proposal.people,
    countries: proposal.countries,
  }
}

export type ImportedDraft = {
  id: string | number
  created: { people: number; quotes: number; countries: number }
  /** What was kept but could not be made, and why (e.g. a country, for an account without a staff role). */
  skipped: string[]
}

/**
 * Makes the draft: the people and countries not yet on record, the quotes, then the
 * story — a draft, by `user`, each quote marked where it stands in its paragraph.
 * Everything is saved as `user` (`overrideAccess: false`): what they may add by hand, the
 * import adds for them. With no user (the command line), the server itself.
 */
export async function createImportedDraft(payload: Payload, accepted: AcceptedImport, user: TypedUser | null): Promise<ImportedDraft> {
  const as: SaveAs = user ? ({ overrideAccess: false, user } as const) : ({ overrideAccess: true } as const)
  await checkSectionExists(payload, accepted.section)
  const countries = await addMissingCountries(payload, accepted.countries, user, as)
  const people = await addMissingPeople(payload, accepted.people, countries.ids, as)
  const quotes = await recordQuotes(payload, accepted, people.ids, as)

  const story = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title: accepted.headline,
      slug: await freeSlug(payload, 'articles', slugify(accepted.headline)),
      dek: accepted.dek,
      section: accepted.section as number,
      body: richTextDocument(accepted.paragraphs.map((paragraph, index) => paragraphWithQuotes(paragraph, quotes.marks.get(index) ?? []))),
      people: [...new Set(people.ids.values())] as number[],
      countries: [...new Set(countries.ids.values())] as number[],
      ...(user ? { authors: [user.id as number] } : {}),
      _status: 'draft',
    },
    depth: 0,
    ...as,
  })
  const created = { people: people.added, quotes: quotes.added, countries: countries.added }
  return { id: story.id, created, skipped: countries.skipped }
}

/** Who the import's documents are saved as: the journalist, or the server itself. */
type SaveAs = { readonly overrideAccess: false; readonly user: TypedUser } | { readonly overrideAccess: true }
type Ids = Map<string, string | number>

/**
 * A draft saves without validation: one filed under no section would be lost from every list.
 * Checked before anything is made.
 */
async function checkSectionExists(payload: Payload, section: AcceptedImport['section']): Promise<void> {
  const found = isIdFor(databaseKindOf(payload), section)
    ? await payload.count({ collection: 'sections', where: { id: { equals: section } }, overrideAccess: true })
    : { totalDocs: 0 }
  if (found.totalDocs === 0) throw new APIError('the section chosen no longer exists; pick another.', 400)
}

/** The kept countries' ids by ISO code, adding those not on record where `user` may (any staff role). */
async function addMissingCountries(payload: Payload, countries: AcceptedImport['countries'], user: TypedUser | null, as: SaveAs) {
  const ids: Ids = new Map()
  let added = 0
  const skipped: string[] = []
  for (const country of countries) {
    const { docs } = await payload.find({ collection: 'countries', where: { isoCode: { equals: country.iso } }, depth: 0, limit: 1, overrideAccess: true })
    if (docs[0]) {
      ids.set(country.iso, docs[0].id)
    } else if (!user || isCountryCreator(user)) {
      const made = await payload.create({ collection: 'countries', data: { name: country.name, isoCode: country.iso, slug: slugify(country.name) }, depth: 0, ...as })
      ids.set(country.iso, made.id)
      added += 1
    } else {
      skipped.push(`${country.name}: only staff add countries; ask an editor to, then tag the story.`)
    }
  }
  return { ids, added, skipped }
}

/** The kept people's ids by name: one on record under any of their names, or a new one. */
async function addMissingPeople(payload: Payload, people: AcceptedImport['people'], countryIds: Ids, as: SaveAs) {
  const ids: Ids = new Map()
  let added = 0
  for (const person of people) {
    const names = [person.name, ...person.aliases]
    const { docs } = await payload.find({
      collection: 'people',
      where: { or: [{ name: { in: names } }, { 'aliases.name': { in: names } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    if (docs[0]) {
      ids.set(person.name, docs[0].id)
      continue
    }
    const made = await payload.create({
      collection: 'people',
      data: {
        name: person.name,
        slug: await freeSlug(payload, 'people', slugify(person.name)),
        aliases: person.aliases.map((name) => ({ name })),
        role: person.role ?? undefined,
        country: person.country ? (countryIds.get(person.country) as number | undefined) : undefined,
      },
      depth: 0,
      ...as,
    })
    ids.set(person.name, made.id)
    added += 1
  }
  return { ids, added }
}

/** The story's quote marks, by paragraph: each kept quote recorded once, and where it stands. */
async function recordQuotes(payload: Payload, accepted: AcceptedImport, personIds: Ids, as: SaveAs) {
  // The schema checked that every quote can be placed.
  const placement = placeQuotes(accepted.paragraphs, accepted.quotes)
  if (!placement.ok) throw new Error('createImportedDraft takes quotes that acceptedImportSchema has placed')
  const marks = new Map<number, { start: number; end: number; quote: string | number }[]>()
  let added = 0
  for (const [index, quote] of accepted.quotes.entries()) {
    const speaker = personIds.get(quote.speaker)!
    // The same words from the same person filed under no story are that quote, reused: an
    // import retried after it stopped half-way (SQLite has no transactions) records it once.
    const { docs: onRecord } = await payload.find({
      collection: 'quotes',
      where: { and: [{ text: { equals: quote.text } }, { speaker: { equals: speaker } }, { article: { exists: false } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const made = onRecord[0] ?? (await payload.create({
      collection: 'quotes',
      data: {
        text: quote.text,
        speaker: speaker as number,
        speakerRole: quote.speakerRole ?? undefined,
        relayedBy: quote.relayedBy ?? undefined,
      },
      depth: 0,
      ...as,
    }))
    if (!onRecord[0]) added += 1
    const start = placement.starts[index]
    marks.set(quote.paragraph, [...(marks.get(quote.paragraph) ?? []), { start, end: start + quote.text.length, quote: made.id }])
  }
  return { marks, added }
}

/** `base`, or `base-2`, `base-3`… whichever no document of the collection has yet. */
async function freeSlug(payload: Payload, collection: 'people' | 'articles', base: string): Promise<string> {
  const root = base || 'untitled'
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? root : `${root}-${n}`
    const { totalDocs } = await payload.count({ collection, where: { slug: { equals: slug } }, overrideAccess: true })
    if (totalDocs === 0) return slug
  }
}
