import { readBlock, type Block, type Token } from './blocks'
import type { Gazetteer } from './countries'
import { fold, HYPHENATED_PARTICLE } from './lexicon'
import type { ProposedCountry } from './types'

/**
 * The story as the readers of people and quotes see it: its headline and paragraphs as blocks;
 * the countries each names (proposed as they are, and so that "the country’s finance minister"
 * can find its country); and the words it writes in lowercase somewhere (so that a sentence's
 * capitalised first word that the story also writes lowercase is not taken for a name).
 */

export type Story = {
  /** The headline (`paragraph: -1`) first, then the paragraphs in order. */
  blocks: Block[]
  gazetteer: Gazetteer
  countryMentions: Array<{ block: number; start: number; iso: string }>
  lowercaseWords: ReadonlySet<string>
}

export function readStory(headline: string, paragraphs: readonly string[], gazetteer: Gazetteer): Story {
  const blocks = [readBlock(headline, -1), ...paragraphs.map((paragraph, index) => readBlock(paragraph, index))]
  const countryMentions = blocks.flatMap((block, index) =>
    gazetteer.countriesIn(block.text).map((mention) => ({ block: index, start: mention.start, iso: mention.iso })),
  )
  // "al-Mansouri" is a name written in lowercase, not a common word.
  const isLowercaseWord = (token: Token) =>
    token.kind === 'word' && /^\p{Ll}/u.test(token.text) && !HYPHENATED_PARTICLE.test(token.text)
  const lowercaseWords = new Set(blocks.flatMap((block) => block.tokens.filter(isLowercaseWord).map((token) => fold(token.text))))
  return { blocks, gazetteer, countryMentions, lowercaseWords }
}

/** The countries the story names, in the order it first names them, as the newsroom names them. */
export function proposeCountries(story: Story): ProposedCountry[] {
  const countries: ProposedCountry[] = []
  for (const { iso } of story.countryMentions) {
    if (!countries.some((country) => country.iso === iso)) countries.push({ name: story.gazetteer.nameOf(iso), iso })
  }
  return countries
}

/** The country named last before this point of the story, for "the country’s …". */
export function countryNamedBefore(story: Story, block: number, offset: number): string | null {
  let found: string | null = null
  for (const mention of story.countryMentions) {
    if (mention.block > block || (mention.block === block && mention.start >= offset)) break
    found = mention.iso
  }
  return found
}
