/**
 * Turns a story scraped from a metered news page into its editorial parts,
 * leaving behind the page chrome that was captured along with it.
 */

export type ParsedStory = {
  headline: string
  /** Body paragraphs, verbatim (typographic quotes kept). */
  paragraphs: string[]
  /** Index in `paragraphs` before which the photos stood (`paragraphs.length` when the page had none). */
  imageSlot: number
  /** One credit line per photo, in page order. */
  photoCredits: string[]
}

/** What the site's header prints when its menu is empty. */
const EMPTY_MENU_PLACEHOLDER = 'No menu items!'
/** Everything from this heading on is the "other content" rail and the meter gate, not the story. */
const RAIL_HEADING = 'Check out our other content'
/** Photos themselves are not in the text; each left its credit line behind where it stood. */
const PHOTO_CREDIT = /^Photo\s/

export function parseStory(text: string): ParsedStory {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== EMPTY_MENU_PLACEHOLDER)

  const railStart = lines.indexOf(RAIL_HEADING)
  const [headline, ...storyLines] = railStart === -1 ? lines : lines.slice(0, railStart)
  if (!headline) throw new Error('parseStory: the text has no headline')

  const paragraphs: string[] = []
  const photoCredits: string[] = []
  let imageSlot: number | undefined
  for (const line of storyLines) {
    if (PHOTO_CREDIT.test(line)) {
      imageSlot ??= paragraphs.length
      photoCredits.push(line)
    } else {
      paragraphs.push(line)
    }
  }
  if (paragraphs.length === 0) throw new Error('parseStory: the text has no body paragraphs')

  return { headline, paragraphs, imageSlot: imageSlot ?? paragraphs.length, photoCredits }
}
