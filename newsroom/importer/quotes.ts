import { isCapitalised, isPunctuation, type Block, type Token } from './blocks'
import { DETERMINERS, fold, RELAYING_VERBS, SPEECH_VERBS } from './lexicon'
import { isNameParticle, namedWords, type Mention } from './mentions'
import { canonicalName, spellingsOf, type Cast, type Person, type Resolution } from './people'
import type { Story } from './story'
import type { ProposedQuote } from './types'

/**
 * When nobody can be named, the quote is still proposed, without a speaker and with a note
 * saying why: a wrong speaker is worse than none.
 */

const NO_SPEAKER = 'No speaker found in the sentence: check before accepting.'

// "said on Monday in a statement that “…”"
const MAX_WORDS_FROM_VERB_TO_QUOTE = 12
// "Ruiz later told reporters"
const MAX_WORDS_FROM_SPEAKER_TO_VERB = 4
// "In a statement on Monday, …"
const MAX_INTRODUCTORY_WORDS = 12
// Participles attach to the subject, not the word before: "Ruiz rejected it, saying “…”".
const PARTICIPLES = new Set(['saying', 'adding'])
// They open a clause and say nothing about who spoke: "…, while the Kremlin said".
const CLAUSE_OPENERS = new Set([
  'while',
  'and',
  'but',
  'as',
  'when',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'so',
  'yet',
  'or',
  'that',
  'then',
  'also',
])
const isClauseOpener = (token: Token): boolean => CLAUSE_OPENERS.has(fold(token.text))
// Y is the outlet when it is not a person.
const OUTLET_BEFORE_TO = new Set(['according', 'speaking', 'talking'])

type Attribution = { mention: Mention } | { notAPerson: string } | null

type Resolved = (mention: Mention) => Resolution | undefined

type Speaker = { person: Person | null; role: string | null; note: string | null }

type Found = ProposedQuote & { block: Block; closed: boolean; attributed: boolean }

// A whole sentence keeps its closing stop; a fragment drops it: “provision of weaponry.”
export function quoteText(content: string): string {
  const text = content.trim().replace(/,$/, '').trimEnd()
  return /^\p{Ll}/u.test(text) ? text.replace(/[.!?]+$/, '') : text
}

export function proposeQuotes(story: Story, mentions: readonly Mention[], cast: Cast): ProposedQuote[] {
  const resolved: Resolved = (mention) => cast.resolutions.get(mention)
  const found: Found[] = []
  const mentionsByBlock = new Map<number, Mention[]>()
  for (const mention of mentions) {
    const inBlock = mentionsByBlock.get(mention.block) ?? []
    inBlock.push(mention)
    mentionsByBlock.set(mention.block, inBlock)
  }
  story.blocks.forEach((block, blockIndex) => {
    if (block.paragraph < 0) return // a headline's quote has no paragraph to point to
    const inBlock = mentionsByBlock.get(blockIndex) ?? []
    block.tokens.forEach((token, index) => {
      if (token.kind !== 'quote') return
      const attribution = attribute(block, index, inBlock, resolved)
      const speaker = speakerOf(attribution, index, inBlock, resolved)
      found.push({
        text: quoteText(block.passages[token.passage]!.content),
        speaker: speaker.person ? canonicalName(speaker.person) : null,
        speakerRole: speaker.role,
        relayedBy: outletOf(story, block, token.sentence, inBlock, resolved),
        paragraph: block.paragraph,
        note: speaker.note,
        block,
        closed: block.passages[token.passage]!.closed,
        attributed: attribution !== null,
      })
    })
  })
  const followed: Found[] = []
  for (const quote of found) followed.push(followOn(quote, followed.at(-1)))
  return followed.map(({ text, speaker, speakerRole, relayedBy, paragraph, note }) => ({
    text,
    speaker,
    speakerRole,
    relayedBy,
    paragraph,
    note,
  }))
}

/**
 * A quote left open goes on in the next paragraph (newswire style), and so does its speaker;
 * after a closed one, it may or may not be the same speaker, so the note says so.
 */
function followOn(quote: Found, previous: Found | undefined): Found {
  const opensParagraph = quote.block.tokens[0]?.kind === 'quote' && quote.block.tokens[0].passage === 0
  if (quote.attributed || !opensParagraph || previous?.paragraph !== quote.paragraph - 1) return quote
  if (!previous.closed) {
    const note = previous.speaker
      ? 'Continues the quotation left open at the end of the previous paragraph: same speaker.'
      : previous.note
    return {
      ...quote,
      speaker: previous.speaker,
      speakerRole: previous.speakerRole,
      relayedBy: previous.relayedBy,
      note,
      attributed: true,
    }
  }
  const onlyQuotation = quote.block.tokens.every((token) => token.kind !== 'word')
  if (onlyQuotation && previous.speaker) {
    return {
      ...quote,
      note: `This paragraph is only a quotation, after one quoting ${previous.speaker}: check whether ${previous.speaker} said it too before accepting.`,
    }
  }
  return quote
}

const isSpeechVerb = (token: Token | undefined): boolean => token?.kind === 'word' && SPEECH_VERBS.has(fold(token.text))
const wordCount = (tokens: readonly Token[]): number => tokens.filter((token) => token.kind === 'word').length

type Context = {
  tokens: readonly Token[]
  quote: number
  first: number
  last: number
  mentions: readonly Mention[]
  resolved: Resolved
}

// The first rule that finds a speaker wins.
const ATTRIBUTION_RULES: ReadonlyArray<(context: Context) => Attribution> = [
  colonBefore,
  speechVerbBefore,
  speechVerbAfter,
  accordingTo,
  subjectOfTheSentence,
]

function attribute(block: Block, quote: number, mentions: readonly Mention[], resolved: Resolved): Attribution {
  const { first, last } = block.sentences[block.tokens[quote]!.sentence]!
  const context: Context = { tokens: block.tokens, quote, first, last, mentions, resolved }
  for (const rule of ATTRIBUTION_RULES) {
    const attribution = rule(context)
    if (attribution) return attribution
  }
  return null
}

const mentionStartingAt = ({ mentions, last }: Context, index: number) =>
  mentions.find((mention) => mention.spanFirst === index && mention.spanLast <= last)

/** X: “…” */
function colonBefore({ tokens, quote, first, mentions }: Context): Attribution {
  if (!isPunctuation(tokens[quote - 1], ':')) return null
  const speaker = mentions.find((mention) => mention.spanLast === quote - 2 && mention.spanFirst >= first)
  return speaker ? { mention: speaker } : null
}

/** X said, “…” / X told Reuters: “…” / X warned that “…” / (…, while) the Kremlin said it was “…” */
function speechVerbBefore({ tokens, quote, first, mentions }: Context): Attribution {
  for (let verb = quote - 1; verb >= first; verb -= 1) {
    const between = tokens.slice(verb + 1, quote)
    if (between.some((token) => token.kind === 'quote') || wordCount(between) > MAX_WORDS_FROM_VERB_TO_QUOTE) return null
    if (!isSpeechVerb(tokens[verb]) || PARTICIPLES.has(fold(tokens[verb]!.text))) continue
    const speaker = mentions.filter((mention) => mention.spanLast < verb && mention.spanFirst >= first).at(-1)
    const gap = speaker ? tokens.slice(speaker.spanLast + 1, verb) : []
    if (
      speaker &&
      wordCount(gap) <= MAX_WORDS_FROM_SPEAKER_TO_VERB &&
      !gap.some((token) => token.kind === 'quote' || token.text === ';')
    ) {
      return { mention: speaker }
    }
    const subject = subjectWords(tokens.slice(Math.max(first, verb - MAX_WORDS_FROM_SPEAKER_TO_VERB), verb))
    return subject ? { notAPerson: subject } : null
  }
  return null
}

/** “…,” said X. / “…?” asked X. / “…,” X said. / “…,” the Élysée said. */
function speechVerbAfter(context: Context): Attribution {
  const { tokens, quote } = context
  const next = isPunctuation(tokens[quote + 1], ',') ? quote + 2 : quote + 1
  if (tokens[next]?.sentence !== tokens[quote]!.sentence) return null
  if (isSpeechVerb(tokens[next])) {
    const speaker = mentionStartingAt(context, next + 1)
    if (speaker) return { mention: speaker }
    const subject = subjectWords(tokens.slice(next + 1, next + 1 + MAX_WORDS_FROM_SPEAKER_TO_VERB))
    if (subject) return { notAPerson: subject }
  }
  const speaker = mentionStartingAt(context, next)
  if (speaker) {
    const verbFollows = tokens
      .slice(speaker.spanLast + 1, speaker.spanLast + 1 + MAX_WORDS_FROM_SPEAKER_TO_VERB)
      .some(isSpeechVerb)
    return verbFollows ? { mention: speaker } : null
  }
  const verb = tokens.findIndex(
    (token, index) => index > next && index <= next + MAX_WORDS_FROM_SPEAKER_TO_VERB && isSpeechVerb(token),
  )
  // Not "“…,” while the Kremlin said it was “…”": that verb is the next quote's.
  const before = tokens.slice(next, verb)
  const subject = verb > next && !before.some(isClauseOpener) ? subjectWords(before) : null
  return subject ? { notAPerson: subject } : null
}

// According to an outlet is a relay: see `outletOf`.
function accordingTo(context: Context): Attribution {
  const { tokens, first, last, resolved } = context
  for (let index = first; index < last; index += 1) {
    if (fold(tokens[index]!.text) !== 'according' || fold(tokens[index + 1]!.text) !== 'to') continue
    const source = mentionStartingAt(context, index + 2)
    if (source && (source.reference.kind !== 'name' || resolved(source)?.person)) return { mention: source }
  }
  return null
}

/** Argentine lawmaker Alberto Asseff expressed concerns about the potential “provision of weaponry.” */
function subjectOfTheSentence({ tokens, quote, first, mentions, resolved }: Context): Attribution {
  const subject = mentions.find((mention) => mention.spanFirst >= first && mention.spanLast < quote)
  if (!subject) return null
  const predicate = tokens[subject.spanLast + 1]
  if (!standsFirst(tokens, first, subject) || !(isPunctuation(predicate, ',') || /^\p{Ll}/u.test(predicate?.text ?? '')))
    return null
  const someoneElse = mentions.some(
    (mention) =>
      mention !== subject && mention.spanFirst > subject.spanLast && mention.spanLast < quote && isAPerson(mention, resolved),
  )
  return someoneElse ? null : { mention: subject }
}

// Not a stray capitalised word.
const isAPerson = (mention: Mention, resolved: Resolved): boolean =>
  Boolean(resolved(mention)?.person) ||
  mention.reference.kind === 'pronoun' ||
  (mention.reference.kind === 'name' && namedWords(mention.reference.words).length >= 2)

// Only short introductory phrases, each closed by a comma, may stand before it.
function standsFirst(tokens: readonly Token[], sentenceFirst: number, subject: Mention): boolean {
  const before = tokens.slice(sentenceFirst, subject.spanFirst)
  if (before.length === 0) return true
  return (
    isPunctuation(before.at(-1), ',') &&
    wordCount(before) <= MAX_INTRODUCTORY_WORDS &&
    !before.some((token) => isSpeechVerb(token) || token.kind === 'quote')
  )
}

// A verb's subject when it is no person: "…, while the Kremlin said" → "the Kremlin".
function subjectWords(tokens: readonly Token[]): string | null {
  const clause = tokens.slice(tokens.findLastIndex((token) => token.kind !== 'word') + 1)
  const words = clause.slice(clause.findLastIndex(isClauseOpener) + 1)
  return words.some((token) => !DETERMINERS.has(fold(token.text))) ? words.map((token) => token.text).join(' ') : null
}

function speakerOf(attribution: Attribution, quote: number, mentions: readonly Mention[], resolved: Resolved): Speaker {
  if (attribution === null) return { person: null, role: null, note: NO_SPEAKER }
  if ('notAPerson' in attribution) {
    return {
      person: null,
      role: null,
      note: `Attributed to “${attribution.notAPerson}”, not to a person named in the story: check before accepting.`,
    }
  }
  const { mention } = attribution
  if (mention.reference.kind === 'pronoun') return byPronoun(mention.reference.text, quote, mentions, resolved)
  const resolution = resolved(mention)
  if (!resolution?.person) return { person: null, role: null, note: resolution?.note ?? NO_SPEAKER }
  const { person } = resolution
  const written = mention.reference.kind === 'name' ? fold(mention.reference.words.join(' ')) : null
  const namesInFull = spellingsOf(person).some((spelling) => fold(spelling) === written)
  const ownRole = namesInFull && mention.role?.isRole ? mention.role.text : null
  return { person, role: ownRole ?? firstRole(person), note: null }
}

const firstRole = (person: Person): string | null => person.roles.find((role) => role.isRole)?.text ?? null

// "he said": only when the paragraph named exactly one person before.
function byPronoun(pronoun: string, quote: number, mentions: readonly Mention[], resolved: Resolved): Speaker {
  const named = new Set(mentions.flatMap((mention) => (mention.last < quote ? (resolved(mention)?.person ?? []) : [])))
  if (named.size === 1) {
    const [person] = [...named] as [Person]
    return {
      person,
      role: firstRole(person),
      note: `Attributed to “${pronoun}”, taken to be ${canonicalName(person)}, the only person named before it in the paragraph: check before accepting.`,
    }
  }
  return { person: null, role: null, note: `Attributed only to “${pronoun}”: check who said this before accepting.` }
}

// "as reported by Y", "Y reported", "told Y", "in an interview with Y", "according to Y".
function outletOf(
  story: Story,
  block: Block,
  sentenceIndex: number,
  mentions: readonly Mention[],
  resolved: Resolved,
): string | null {
  const { tokens } = block
  const { first, last } = block.sentences[sentenceIndex]!
  const isPerson = (index: number) =>
    mentions.some((mention) => mention.first <= index && index <= mention.last && resolved(mention)?.person)
  const outletFrom = (start: number): string | null => {
    const from = fold(tokens[start]?.text ?? '') === 'the' ? start + 1 : start
    // "HispanTV", "EFE", "Folha de S.Paulo"
    const isOutletWord = (at: number) =>
      at <= last && (isCapitalised(tokens[at]) || (isNameParticle(tokens[at]) && isCapitalised(tokens[at + 1])))
    let end = from
    while (isOutletWord(end)) end += 1
    if (end === from || isPerson(from)) return null
    const outlet = block.text.slice(tokens[from]!.start, tokens[end - 1]!.end)
    return story.gazetteer.countriesIn(outlet).length > 0 ? null : outlet
  }
  const outletUntil = (end: number): string | null => {
    let start = end
    while (start > first && isCapitalised(tokens[start - 1])) start -= 1
    return start < end ? outletFrom(start) : null
  }
  for (let index = first; index <= last; index += 1) {
    const word = fold(tokens[index]!.text)
    const previous = fold(tokens[index - 1]?.text ?? '')
    const outlet =
      (word === 'by' && RELAYING_VERBS.has(previous) ? outletFrom(index + 1) : null) ??
      (word === 'reported' || word === 'reports' ? outletUntil(index) : null) ??
      (word === 'told' || (word === 'with' && previous === 'interview') || (word === 'to' && OUTLET_BEFORE_TO.has(previous))
        ? outletFrom(index + 1)
        : null)
    if (outlet) return outlet
  }
  return null
}
