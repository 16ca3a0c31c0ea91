// A paste arrives with the page's chrome around it; the photo credits and where they stood are kept.

export type ScrapedPage = {
  headline: string
  paragraphs: string[]
  photoCredits: string[]
  imageSlot: number
}

// Longer than this, the first line is a paragraph.
export const MAX_HEADLINE_CHARACTERS = 300
// A longer line starting "Photo …" is a paragraph about a photo.
const MAX_CREDIT_CHARACTERS = 160

const CHROME_LINES = new Set(['No menu items!', '×', 'Advertisement'])
const METER_NOTICE = /^(?:you have )?(?:\d+ |no )?free articles?(?:\(s\))? (?:remaining|left)\b/i
// The story is over once one of these appears.
const RAIL_HEADINGS = new Set([
  'check out our other content',
  'related articles',
  'related stories',
  'you may also like',
  'more stories',
])
// Photos are not in the text; each left its credit line where it stood.
const PHOTO_CREDIT = /^(?:Photo|Photograph|Image|Picture)s?(?:\s+(?:credit|by))?:?\s/

const isChrome = (line: string): boolean => CHROME_LINES.has(line) || METER_NOTICE.test(line)
const isRailHeading = (line: string): boolean => RAIL_HEADINGS.has(line.toLowerCase())
const isPhotoCredit = (line: string): boolean => line.length <= MAX_CREDIT_CHARACTERS && PHOTO_CREDIT.test(line)

export type PageResult = { ok: true; page: ScrapedPage } | { ok: false; error: string }

export function readPage(text: string): PageResult {
  const storyLines: string[] = []
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim()
    if (isRailHeading(line)) break
    if (line !== '' && !isChrome(line)) storyLines.push(line)
  }

  const paragraphs: string[] = []
  const photoCredits: string[] = []
  let headline: string | undefined
  let imageSlot: number | undefined
  for (const line of storyLines) {
    if (isPhotoCredit(line)) {
      imageSlot ??= paragraphs.length
      photoCredits.push(line)
    } else if (headline === undefined) {
      headline = line
    } else {
      paragraphs.push(line)
    }
  }

  if (headline === undefined) {
    return {
      ok: false,
      error:
        'No headline found: the text holds only page chrome (menus, photo credits, subscription notices). Paste the story itself, with its headline on the first line.',
    }
  }
  if (headline.length > MAX_HEADLINE_CHARACTERS) {
    return {
      ok: false,
      error: `No headline found: the first line is ${headline.length} characters long, and a headline has at most ${MAX_HEADLINE_CHARACTERS}. Put the headline alone on the first line, then the story below it.`,
    }
  }
  if (paragraphs.length === 0) {
    return {
      ok: false,
      error: `The text has a headline (“${headline}”) but no story after it. Paste the whole story: the headline on the first line, then the body paragraphs.`,
    }
  }
  return { ok: true, page: { headline, paragraphs, photoCredits, imageSlot: imageSlot ?? paragraphs.length } }
}
