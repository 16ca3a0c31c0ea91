import { z } from 'zod'

import type { KnownEntities } from './types'

/**
 * A paste can be anything (nothing, an archive, a PDF read as text): the journalist should hear
 * what is wrong, not see a stack trace or wait. Each check is cheap and runs before the dearer next.
 */

// About 30 000 words: far more than any story, small enough to read in milliseconds.
export const MAX_STORY_CHARACTERS = 200_000

// Above this share, the text is a binary file read as text.
const MAX_UNREADABLE_SHARE = 0.02

const NUL = '\u0000'
// U+FFFD marks bytes that were not text.
const UNREADABLE_CHARACTER = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g

const isoCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "BO"')
const nonBlank = z.string().trim().min(1, 'must not be empty')

const knownEntitiesSchema = z.object({
  people: z.array(
    z.object({
      name: nonBlank,
      aliases: z.array(nonBlank),
      role: z.string().nullish(),
      country: isoCode.nullish(),
    }),
  ),
  countries: z.array(z.object({ name: nonBlank, iso: isoCode, otherNames: z.array(nonBlank).optional(), demonyms: z.array(nonBlank).optional() })),
})

const formatThousands = (count: number): string => count.toLocaleString('en-US')

export type CheckedInput = { ok: true; text: string; known: KnownEntities } | { ok: false; error: string }

export function checkInput(text: unknown, known: unknown): CheckedInput {
  if (typeof text !== 'string') {
    return { ok: false, error: 'The story must be given as text. Paste the story itself, headline first.' }
  }
  // Length is known without scanning the characters.
  if (text.length > MAX_STORY_CHARACTERS) {
    return {
      ok: false,
      error: `The text is ${formatThousands(text.length)} characters long; the importer takes at most ${formatThousands(MAX_STORY_CHARACTERS)} characters (one story). Paste a single story, without the rest of the page or other articles.`,
    }
  }
  if (text.trim() === '') {
    return { ok: false, error: 'The text is empty. Paste the story, with its headline on the first line.' }
  }
  if (text.includes(NUL)) {
    return { ok: false, error: binaryMessage('it contains NUL bytes') }
  }
  const unreadable = text.match(UNREADABLE_CHARACTER)?.length ?? 0
  if (unreadable / text.length > MAX_UNREADABLE_SHARE) {
    return {
      ok: false,
      error: binaryMessage(`${formatThousands(unreadable)} of its characters are control or unreadable characters`),
    }
  }

  const parsedKnown = knownEntitiesSchema.safeParse(known)
  if (!parsedKnown.success) {
    const issue = parsedKnown.error.issues[0]
    const where = ['known', ...(issue?.path ?? [])]
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .slice(1)
    return {
      ok: false,
      error: `The newsroom's people and countries could not be read: ${where} ${issue?.message ?? 'is invalid'}.`,
    }
  }
  return { ok: true, text, known: parsedKnown.data }
}

function binaryMessage(reason: string): string {
  return `This does not look like text (${reason}): probably a file such as a PDF, a Word document or an image. Open it, copy the story's text and paste that, or save it as plain text (.txt) first.`
}
