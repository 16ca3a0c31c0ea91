import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { proposeImport, type Proposal } from '@/newsroom/importer'

const scrapedPage = fs.readFileSync(new URL('../../../../seed/story.txt', import.meta.url), 'utf8')

/** The page part of the proposal: what the scraped page's text is made of. */
function parseStory(text: string): Pick<Proposal, 'headline' | 'paragraphs' | 'imageSlot' | 'photoCredits'> {
  const result = proposeImport(text, { people: [], countries: [] })
  if (!result.ok) throw new Error(result.error)
  const { headline, paragraphs, imageSlot, photoCredits } = result.proposal
  return { headline, paragraphs, imageSlot, photoCredits }
}

const PAGE_CHROME = [
  'No menu items!',
  'Photo Internet reproduction.',
  'Check out our other content',
  '×',
  'You have free article(s) remaining. Subscribe for unlimited access.',
]

describe('the importer, reading the scraped seed page', () => {
  const story = parseStory(scrapedPage)

  it('keeps the headline exactly, typographic apostrophe included', () => {
    expect(story.headline).toBe('Bolivia’s interest in Iranian drones raises concerns in U.S. and Latin America')
  })

  it('keeps the 13 body paragraphs verbatim', () => {
    expect(story.paragraphs).toHaveLength(13)
    expect(story.paragraphs[0]).toBe(
      'On July 20, Bolivia’s Defense Minister, Edmundo Novillo, paid an official visit to Tehran, where he met with his Iranian counterpart, Mohammad Reza Ashtiani.',
    )
    expect(story.paragraphs[12]).toBe(
      'However, from Bolivia’s perspective, they emphasize the efficiency of Iranian technology for monitoring mountainous regions and the capability to relay real-time images to their Armed Forces.',
    )
    expect(story.paragraphs).toContain(
      'In addition, Chilean parliamentarian Andrés Jouannet mentioned, “This situation is objectively concerning for us; it affects our sense of security.”',
    )
  })

  it('leaves every line of page chrome out of the body', () => {
    for (const chrome of PAGE_CHROME) {
      expect(story.paragraphs.some((paragraph) => paragraph.includes(chrome))).toBe(false)
    }
    expect(story.headline).not.toContain('No menu items!')
  })

  it('places the photos between body paragraphs 4 and 5 and keeps their credits', () => {
    expect(story.imageSlot).toBe(4)
    expect(story.paragraphs[story.imageSlot - 1]).toBe(
      'There have also been reactions from countries neighboring Bolivia.',
    )
    expect(story.photoCredits).toEqual(['Photo Internet reproduction.', 'Photo Internet reproduction.'])
  })

  it('reads the same page saved with Windows line endings identically', () => {
    expect(parseStory(scrapedPage.replace(/\n/g, '\r\n'))).toEqual(story)
  })
})

describe('the importer, reading other pages', () => {
  it('puts the image slot after the last paragraph when the page had no photos', () => {
    const story = parseStory('Headline\n\nFirst.\n\nSecond.\n')
    expect(story).toEqual({ headline: 'Headline', paragraphs: ['First.', 'Second.'], imageSlot: 2, photoCredits: [] })
  })

  it('rejects a page without a story', () => {
    expect(() => parseStory('No menu items!\n\n')).toThrow(/headline/i)
    expect(() => parseStory('Headline only\n\nCheck out our other content\n\nA rail item\n')).toThrow(/paragraph|body/i)
  })
})
