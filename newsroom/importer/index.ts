import { gazetteerWith } from './countries'
import { checkInput } from './limits'
import { findMentions } from './mentions'
import { readPage } from './page'
import { proposePeople, readCast } from './people'
import { proposeQuotes } from './quotes'
import { proposeCountries, readStory } from './story'
import type { ImportResult, KnownEntities } from './types'

/**
 * Pure, no I/O and no Payload: the same text and the same known entities always give the same
 * proposal, which a journalist reviews before anything is saved.
 */

export type * from './types'
export { MAX_STORY_CHARACTERS } from './limits'
export { MAX_HEADLINE_CHARACTERS } from './page'

export function proposeImport(text: string, known: KnownEntities): ImportResult {
  try {
    const input = checkInput(text, known)
    if (!input.ok) return input
    const page = readPage(input.text)
    if (!page.ok) return page
    const gazetteer = gazetteerWith(input.known.countries)
    const story = readStory(page.page.headline, page.page.paragraphs, gazetteer)
    const mentions = findMentions(story)
    const cast = readCast(mentions, input.known.people)
    return {
      ok: true,
      proposal: {
        ...page.page,
        quotes: proposeQuotes(story, mentions, cast),
        people: proposePeople(cast, story),
        countries: proposeCountries(story),
      },
    }
  } catch (error) {
    // A bug must not cost the journalist their paste: say so, and how to get it fixed.
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, error: `The importer could not read this story (${reason}). Please report it with the text attached.` }
  }
}
