import { readBlock, type Block, type Token } from './blocks'
import type { Gazetteer } from './countries'
import { fold, HYPHENATED_PARTICLE } from './lexicon'
import type { ProposedCountry } from './types'

/**
 * The lowercase words the story writes, so a sentence's capitalised first word is not taken
 * for a name; and the countries each block names, for "the country’s finance minister".
 */

export type Story = {
  // The headline (`paragraph: -1`) first.
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

export function proposeCountries(story: Story): ProposedCountry[] {
  const countries: ProposedCountry[] = []
  for (const { iso } of story.countryMentions) {
    if (!countries.some((country) => country.iso === iso)) countries.push({ name: story.gazetteer.nameOf(iso), iso })
  }
  return countries
}

// For "the country’s …".
export function countryNamedBefore(story: Story, block: number, offset: number): string | null {
  let found: string | null = null
  for (const mention of story.countryMentions) {
    if (mention.block > block || (mention.block === block && mention.start >= offset)) break
    found = mention.iso
  }
  return found
}
