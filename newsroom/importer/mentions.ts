import { baseWord, isCapitalised, isPossessive, isPunctuation, type Block, type Token } from './blocks'
import {
  COUNTRY_BACK_REFERENCES,
  DETERMINERS,
  fold,
  foldedWords,
  HYPHENATED_PARTICLE,
  LOCATIVE_PREPOSITIONS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PERSONAL_PRONOUNS,
  RELATIONAL_NOUNS,
  RELAYING_VERBS,
  ROLE_CONNECTORS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  TITLES,
} from './lexicon'
import { countryNamedBefore, type Story } from './story'

/**
 * A person is named in full, usually with a role, then by surname, title or pronoun.
 * This finds the mentions and roles; people.ts decides who each one is.
 */

export type RolePhrase = {
  text: string
  // Not only a country or a relation ("his Iranian counterpart").
  isRole: boolean
  country: string | null
  // What "the minister" is matched against.
  words: string[]
}

export type Reference =
  | { kind: 'name'; words: string[]; title: string | null }
  | { kind: 'title'; text: string; head: string; qualifiers: string[]; country: string | null }
  | { kind: 'pronoun'; text: string }

export type Mention = {
  block: number
  first: number
  last: number
  // With its role, before it or in apposition: what stands next to a speech verb.
  spanFirst: number
  spanLast: number
  reference: Reference
  role: RolePhrase | null
}

export const isNameParticle = (token: Token | undefined): boolean =>
  token?.kind === 'word' && NAME_PARTICLES.has(fold(token.text))
const isRoleWord = (folded: string): boolean =>
  ROLE_HEADS.has(folded) ||
  ROLE_MODIFIERS.has(folded) ||
  RELATIONAL_NOUNS.has(folded) ||
  TITLES.has(folded) ||
  ORGANISATION_WORDS.has(folded)

// Not an acronym ("AMIA").
function isNameWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false
  return (
    (/^\p{Lu}/u.test(token.text) && (/\p{Ll}/u.test(token.text) || /^\p{Lu}\.$/u.test(token.text))) ||
    HYPHENATED_PARTICLE.test(token.text)
  )
}

// "Echoing this sentiment", or a word the story also writes in lowercase.
function isCapitalisedCommonWord(story: Story, block: Block, index: number): boolean {
  const token = block.tokens[index]!
  const folded = fold(baseWord(token))
  if (NOT_NAME_WORDS.has(folded)) return true
  const opensSentence = block.sentences[token.sentence]!.first === index
  return opensSentence && (story.lowercaseWords.has(folded) || /(?:ing|ly)$/.test(folded))
}

export function findMentions(story: Story): Mention[] {
  return story.blocks.flatMap((block, blockIndex) => {
    const names = nameRuns(block).flatMap((run) => nameMention(story, blockIndex, run) ?? [])
    const nameTokens = new Set(names.flatMap((mention) => range(mention.first, mention.last)))
    for (const mention of names) attachRole(story, blockIndex, mention, nameTokens)
    const overlapsAName = (mention: Mention) =>
      names.some((name) => mention.first <= name.spanLast && mention.last >= name.spanFirst)
    const others = [...titleMentions(story, blockIndex), ...pronounMentions(block, blockIndex)].filter(
      (mention) => !overlapsAName(mention),
    )
    return [...names, ...others].sort((a, b) => a.first - b.first)
  })
}

const range = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, offset) => first + offset)

function nameRuns(block: Block): Array<{ first: number; last: number }> {
  const { tokens, text } = block
  const adjacent = (a: Token, b: Token) => text.slice(a.end, b.start).trim() === ''
  const runs: Array<{ first: number; last: number }> = []
  for (let index = 0; index < tokens.length; index += 1) {
    if (!isNameWord(tokens[index])) continue
    let last = index
    for (;;) {
      if (isPossessive(tokens[last]!)) break
      let next = last + 1
      while (isNameParticle(tokens[next]) && adjacent(tokens[next - 1]!, tokens[next]!)) next += 1
      if (!isNameWord(tokens[next]) || !adjacent(tokens[next - 1]!, tokens[next]!)) break
      last = next
    }
    runs.push({ first: index, last })
    index = last
  }
  return runs
}

// After the words that only stand before names: titles, countries, "For".
function nameMention(story: Story, blockIndex: number, run: { first: number; last: number }): Mention | null {
  const block = story.blocks[blockIndex]!
  const { tokens } = block
  const words = range(run.first, run.last).map((index) => baseWord(tokens[index]!))
  if (story.gazetteer.isCity(words.join(' '))) return null
  let start = 0
  let title: string | null = null
  while (start < words.length) {
    const folded = fold(words[start]!)
    const place = story.gazetteer.placeTermAt(words, start)
    if (place) {
      start += place.words
      title = null
    } else if (isRoleWord(folded)) {
      title = folded
      start += 1
    } else if (NAME_PARTICLES.has(folded) || isCapitalisedCommonWord(story, block, run.first + start)) {
      start += 1
    } else {
      break
    }
  }
  let end = start
  while (end < words.length && isPlainNameWord(story, words, end)) end += 1
  // "Carlos Ruiz Foundation", "Armed Forces": an organisation, not a person.
  if (words.slice(end).some((word) => ORGANISATION_WORDS.has(fold(word)))) return null
  while (end > start && NAME_PARTICLES.has(fold(words[end - 1]!))) end -= 1
  if (end <= start) return null

  const name = words.slice(start, end)
  const first = run.first + start
  const last = run.first + end - 1
  const before = fold(tokens[first - 1]?.text ?? '')
  const after = fold(tokens[run.last + 1]?.text ?? '')
  const inOutletSlot = (before === 'by' && RELAYING_VERBS.has(fold(tokens[first - 2]?.text ?? ''))) || RELAYING_VERBS.has(after)
  // "at the Simón Bolívar bridge": a place, even when named after a person.
  const placeBefore = DETERMINERS.has(before) ? fold(tokens[first - 2]?.text ?? '') : before
  const inPlaceSlot = title === null && LOCATIVE_PREPOSITIONS.has(placeBefore) && namedWords(name).length >= 2
  if (inOutletSlot || inPlaceSlot || ORGANISATION_WORDS.has(after) || story.gazetteer.isCity(name.join(' '))) return null
  return {
    block: blockIndex,
    first,
    last,
    spanFirst: first,
    spanLast: last,
    reference: { kind: 'name', words: name, title },
    role: null,
  }
}

function isPlainNameWord(story: Story, words: readonly string[], at: number): boolean {
  const folded = fold(words[at]!)
  return !isRoleWord(folded) && !NOT_NAME_WORDS.has(folded) && story.gazetteer.placeTermAt(words, at) === null
}

export const namedWords = (words: readonly string[]): string[] => words.map(fold).filter((word) => !NAME_PARTICLES.has(word))

// Before the name, or in apposition before or after it ("Carlos Ruiz, the finance minister,").
function attachRole(story: Story, blockIndex: number, mention: Mention, nameTokens: ReadonlySet<number>): void {
  const { tokens } = story.blocks[blockIndex]!
  const prefixFirst = walkRole(story, blockIndex, mention.first - 1, -1, nameTokens)
  if (prefixFirst < mention.first) {
    const role = rolePhrase(story, blockIndex, prefixFirst, mention.first - 1)
    if (role.isRole || role.country !== null) mention.role = role
    // A title alone is no role, but "said Sen. Gonzalo Pereyra" names him.
    if (mention.role || range(prefixFirst, mention.first - 1).every((index) => TITLES.has(fold(baseWord(tokens[index]!))))) {
      mention.spanFirst = prefixFirst
    }
  } else if (isPunctuation(tokens[mention.first - 1], ',') && closesApposition(story.blocks[blockIndex]!, mention.last)) {
    const appositionFirst = walkRole(story, blockIndex, mention.first - 2, -1, nameTokens)
    if (appositionFirst < mention.first - 1) {
      const role = rolePhrase(story, blockIndex, appositionFirst, mention.first - 2)
      if (role.isRole || hasRelationalNoun(tokens, appositionFirst, mention.first - 2)) {
        mention.role = role
        mention.spanFirst = appositionFirst
      }
    }
  }
  if (isPunctuation(tokens[mention.last + 1], ',')) {
    const from = mention.last + 2
    const roleFirst = tokens[from] && DETERMINERS.has(fold(tokens[from].text)) ? from + 1 : from
    const roleLast = walkRole(story, blockIndex, roleFirst, 1, nameTokens)
    if (roleLast > roleFirst) {
      const role = rolePhrase(story, blockIndex, roleFirst, roleLast - 1)
      if (role.isRole) {
        mention.role ??= role
        mention.spanLast = roleLast - 1
      }
    }
  }
}

const hasRelationalNoun = (tokens: readonly Token[], first: number, last: number): boolean =>
  range(first, last).some((index) => RELATIONAL_NOUNS.has(fold(tokens[index]!.text)))

function closesApposition(block: Block, last: number): boolean {
  const next = block.tokens[last + 1]
  return next === undefined || isPunctuation(next, ',.;:)—–') || next.sentence !== block.tokens[last]!.sentence
}

function walkRole(story: Story, blockIndex: number, from: number, step: 1 | -1, nameTokens: ReadonlySet<number>): number {
  const block = story.blocks[blockIndex]!
  const sentence = block.tokens[from]?.sentence
  let index = from
  const isInRole = (at: number) =>
    sentence !== undefined && block.tokens[at]?.sentence === sentence && !nameTokens.has(at) && canBeInRole(story, block, at)
  while (isInRole(index)) index += step
  if (step === -1) {
    index += 1
    while (index <= from && ROLE_CONNECTORS.has(fold(block.tokens[index]!.text))) index += 1
    return index
  }
  while (index > from && ROLE_CONNECTORS.has(fold(block.tokens[index - 1]!.text))) index -= 1
  return index
}

function canBeInRole(story: Story, block: Block, index: number): boolean {
  const token = block.tokens[index]!
  if (token.kind !== 'word') return false
  const folded = fold(baseWord(token))
  // "spokesman for the U.S. Embassy"
  if (folded === 'the')
    return ROLE_CONNECTORS.has(fold(block.tokens[index - 1]?.text ?? '')) && isCapitalised(block.tokens[index + 1] ?? token)
  if (isPossessive(token))
    return COUNTRY_BACK_REFERENCES.has(folded) || Boolean(story.gazetteer.placeTermAt([baseWord(token)], 0)?.iso)
  if (isRoleWord(folded) || ROLE_CONNECTORS.has(folded)) return true
  return isCapitalised(token) && !isCapitalisedCommonWord(story, block, index)
}

function rolePhrase(story: Story, blockIndex: number, first: number, last: number): RolePhrase {
  const block = story.blocks[blockIndex]!
  const { tokens } = block
  const opener = tokens[first]!
  // "the country’s finance minister": the country named last; the role "finance minister".
  const refersBack = isPossessive(opener) && COUNTRY_BACK_REFERENCES.has(fold(baseWord(opener)))
  const textFirst = refersBack && first < last ? first + 1 : first
  const text = block.text.slice(tokens[textFirst]!.start, tokens[last]!.end)
  const isRole = range(first, last).some((index) => ROLE_HEADS.has(fold(baseWord(tokens[index]!))))
  const named = story.gazetteer.countriesIn(text)[0]?.iso ?? null
  const country = named ?? (refersBack ? countryNamedBefore(story, blockIndex, opener.start) : null)
  return { text, isRole, country, words: foldedWords(text) }
}

// "the minister": a title standing for a person named before.
function titleMentions(story: Story, blockIndex: number): Mention[] {
  const { tokens } = story.blocks[blockIndex]!
  const mentions: Mention[] = []
  tokens.forEach((token, index) => {
    if (fold(token.text) !== 'the') return
    const qualifiers: string[] = []
    let country: string | null = null
    let at = index + 1
    for (; at <= index + 4 && tokens[at]?.kind === 'word' && !isPossessive(tokens[at]!); at += 1) {
      const folded = fold(tokens[at]!.text)
      if (ROLE_HEADS.has(folded)) {
        const text = story.blocks[blockIndex]!.text.slice(token.start, tokens[at]!.end)
        const reference: Reference = { kind: 'title', text, head: folded, qualifiers, country }
        mentions.push({ block: blockIndex, first: index, last: at, spanFirst: index, spanLast: at, reference, role: null })
        return
      }
      const demonym = story.gazetteer.placeTermAt([tokens[at]!.text], 0)
      if (demonym?.iso) country = demonym.iso
      else if (ROLE_MODIFIERS.has(folded)) qualifiers.push(folded)
      else return
    }
  })
  return mentions
}

function pronounMentions(block: Block, blockIndex: number): Mention[] {
  return block.tokens.flatMap((token, index) =>
    token.kind === 'word' && PERSONAL_PRONOUNS.has(fold(token.text))
      ? [
          {
            block: blockIndex,
            first: index,
            last: index,
            spanFirst: index,
            spanLast: index,
            reference: { kind: 'pronoun', text: token.text },
            role: null,
          } satisfies Mention,
        ]
      : [],
  )
}
