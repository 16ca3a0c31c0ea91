import { fold, foldedWords } from './lexicon'
import { namedWords, type Mention, type Reference, type RolePhrase } from './mentions'
import type { Story } from './story'
import type { KnownPerson, ProposedPerson } from './types'

/**
 * Each later reference is resolved to the one person it can be, or left unresolved with a note
 * saying why, rather than guessed.
 */

export type Person = { spellings: string[]; known: KnownPerson | null; roles: RolePhrase[] }

export type Resolution = { person: Person; note: null } | { person: null; note: string }

export type Cast = {
  people: Person[]
  // Pronouns are left to attribution, which knows the quote they stand by.
  resolutions: ReadonlyMap<Mention, Resolution>
}

export const canonicalName = (person: Person): string => person.known?.name ?? person.spellings[0]!

export function readCast(mentions: readonly Mention[], known: readonly KnownPerson[]): Cast {
  const directory = peopleDirectory(known)
  const resolutions = new Map<Mention, Resolution>()
  for (const mention of mentions) {
    const { reference, role } = mention
    if (reference.kind === 'pronoun') continue
    const resolution = reference.kind === 'name' ? byName(reference, directory) : byTitle(reference, directory.cast)
    resolutions.set(mention, resolution)
    const { person } = resolution
    if (person && role && !person.roles.some((known) => known.text === role.text)) person.roles.push(role)
  }
  return { people: directory.cast, resolutions }
}

type PeopleDirectory = {
  cast: Person[]
  withWord(word: string): Person[]
  isEnlisted(person: Person): boolean
  enlist(person: Person): Resolution
  addSpelling(person: Person, spelling: string): void
  // The person the story named is the newsroom's `record`: it takes the record's place.
  link(person: Person, record: Person): void
}

// A story may name hundreds.
function peopleDirectory(known: readonly KnownPerson[]): PeopleDirectory {
  const cast: Person[] = []
  const enlisted = new Set<Person>()
  const byWord = new Map<string, Person[]>()
  const file = (person: Person, spelling: string) => {
    for (const word of namedWords(spelling.split(/\s+/))) {
      const people = byWord.get(word) ?? []
      if (!people.includes(person)) people.push(person)
      byWord.set(word, people)
    }
  }
  for (const record of known) {
    const person: Person = { spellings: [], known: record, roles: [] }
    for (const spelling of [record.name, ...record.aliases]) file(person, spelling)
  }
  return {
    cast,
    withWord: (word) => byWord.get(word) ?? [],
    isEnlisted: (person) => enlisted.has(person),
    enlist(person) {
      if (!enlisted.has(person)) {
        enlisted.add(person)
        cast.push(person)
      }
      return { person, note: null }
    },
    addSpelling(person, spelling) {
      if (spellingsOf(person).some((written) => fold(written) === fold(spelling))) return
      person.spellings.push(spelling)
      file(person, spelling)
    },
    link(person, record) {
      person.known = record.known
      for (const [word, people] of byWord) {
        byWord.set(word, [...new Set(people.map((member) => (member === record ? person : member)))])
      }
    },
  }
}

function byName(reference: Extract<Reference, { kind: 'name' }>, directory: PeopleDirectory): Resolution {
  const name = reference.words.join(' ')
  const named = namedWords(reference.words)
  if (named.length >= 2) {
    const namesakes = directory.withWord(named.at(-1)!)
    // Written as before or as the newsroom writes it, or spelt alike ("Mohamad" after "Mohammad").
    const exact = namesakes.find((person) => spellingsOf(person).some((spelling) => fold(spelling) === fold(name)))
    const variant = namesakes.find(
      (person) => directory.isEnlisted(person) && spellingsOf(person).some((spelling) => isSameName(spelling, name)),
    )
    // The story's first spelling was new, this one the newsroom's: one person, the newsroom's record.
    const takesRecord = exact && !directory.isEnlisted(exact) && variant?.known === null
    if (takesRecord) directory.link(variant, exact)
    const same = takesRecord ? variant : (exact ?? variant)
    if (same) {
      directory.addSpelling(same, name)
      return directory.enlist(same)
    }
  }
  const candidates = referredTo(reference, directory)
  if (candidates.length === 1) return directory.enlist(candidates[0]!)
  const written = [reference.title ? capitalise(reference.title) : null, name].filter(Boolean).join(' ')
  if (candidates.length > 1) return { person: null, note: couldBe(written, candidates) }
  if (named.length >= 2) {
    const person: Person = { spellings: [], known: null, roles: [] }
    directory.addSpelling(person, name)
    return directory.enlist(person)
  }
  return { person: null, note: `“${written}” is not someone the story names in full: check who said this before accepting.` }
}

// The title decides between namesakes.
function referredTo(reference: Extract<Reference, { kind: 'name' }>, directory: PeopleDirectory): Person[] {
  const surname = namedWords(reference.words)
  const isPartOf = (spelling: string) => {
    const full = namedWords(spelling.split(/\s+/))
    return (
      full.length > surname.length && full.some((_, at) => at > 0 && surname.every((word, offset) => full[at + offset] === word))
    )
  }
  const candidates = directory
    .withWord(surname[0]!)
    .filter((person) =>
      spellingsOf(person).some((spelling) => isPartOf(spelling) || fold(spelling) === fold(reference.words.join(' '))),
    )
  const { title } = reference
  if (candidates.length < 2 || title === null) return candidates
  return candidates.filter((person) =>
    [...person.roles.map((role) => role.words), foldedWords(person.known?.role ?? '')].some((words) => words.includes(title)),
  )
}

function byTitle(reference: Extract<Reference, { kind: 'title' }>, cast: readonly Person[]): Resolution {
  const holders = cast.filter((person) =>
    person.roles.some(
      (role) =>
        role.isRole &&
        role.words.includes(reference.head) &&
        reference.qualifiers.every((qualifier) => role.words.includes(qualifier)) &&
        (reference.country === null || role.country === reference.country),
    ),
  )
  if (holders.length === 1) return { person: holders[0]!, note: null }
  if (holders.length > 1) return { person: null, note: couldBe(reference.text, holders) }
  return {
    person: null,
    note: `Nobody named before it in the story is “${reference.text}”: check who said this before accepting.`,
  }
}

const couldBe = (written: string, people: readonly Person[]): string =>
  `“${written}” could be ${people.map(canonicalName).join(' or ')}: check which one said this before accepting.`

export const spellingsOf = (person: Person): string[] => [
  ...person.spellings,
  ...(person.known ? [person.known.name, ...person.known.aliases] : []),
]
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

// Same surname; given names equal but for a doubled letter or one slip ("Mohammad"/"Mohamad").
function isSameName(a: string, b: string): boolean {
  const first = a.split(/\s+/).map(fold)
  const second = b.split(/\s+/).map(fold)
  if (first.length !== second.length || first.at(-1) !== second.at(-1)) return false
  return first.every((word, at) => {
    const other = second[at]!
    const undoubled = (text: string) => text.replace(/(.)\1+/g, '$1')
    return (
      word === other ||
      undoubled(word) === undoubled(other) ||
      (Math.min(word.length, other.length) >= 5 && isOneEditApart(word, other))
    )
  })
}

function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1
      j += 1
      continue
    }
    edits += 1
    if (edits > 1) return false
    if (a.length > b.length) i += 1
    else if (b.length > a.length) j += 1
    else {
      i += 1
      j += 1
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

// The newsroom's own name when known; the role without its country, which is a field of its own.
export function proposePeople(cast: Cast, story: Story): ProposedPerson[] {
  return cast.people.map((person) => {
    const name = canonicalName(person)
    const aliases: string[] = []
    for (const spelling of [...(person.known?.aliases ?? []), ...person.spellings]) {
      if (fold(spelling) !== fold(name) && !aliases.some((alias) => fold(alias) === fold(spelling))) aliases.push(spelling)
    }
    const role = person.roles.find((phrase) => phrase.isRole)
    return {
      name,
      aliases,
      role: role ? roleWithoutCountry(role.text, story) : (person.known?.role ?? null),
      country: person.roles.find((phrase) => phrase.country !== null)?.country ?? person.known?.country ?? null,
      existing: person.known !== null,
    }
  })
}

function roleWithoutCountry(text: string, story: Story): string {
  const words = text.split(/\s+/)
  const bases = words.map((word) => word.replace(/['’]s$/, ''))
  let start = 0
  while (start < words.length - 1) {
    const place = story.gazetteer.placeTermAt(bases, start)
    if (!place) break
    start += place.words
  }
  const kept = words.slice(start)
  const lastCapitalised = kept.findLastIndex((word) => /^\p{Lu}/u.test(word))
  const title = lastCapitalised >= 0 && lastCapitalised < kept.length - 1 ? kept.slice(lastCapitalised + 1) : kept
  return capitalise(title.join(' '))
}
