import { beforeAll, describe, expect, it } from 'vitest'

import { type CorrectableStory, created, createCorrectableStory, type Doc } from '../support/correctableStory'
import { Reader, signedInStaff } from '../support/reader'

/**
 * A story page shows more than the story: its quotes, the people and countries it
 * names, its photo's caption and credit. A correction to any of them must reach
 * readers on their next page view, without anyone republishing the story.
 */
let staff: Reader
let story: CorrectableStory['story']
let person: Doc
let country: Doc
let quote: Doc
let image: Doc

const storyPage = () => new Reader().html(`/articles/${story.slug}`)

const storyUpdatedAt = async () =>
  ((await (await staff.get(`/api/articles/${story.id}?depth=0`)).json()) as Doc).updatedAt

beforeAll(async () => {
  staff = await signedInStaff()
  ;({ story, person, country, quote, image } = await createCorrectableStory(staff))
})

describe('quotes written in a story’s body', () => {
  it('read in their sentence as written, and set apart with the speaker’s name, role at the time and country', async () => {
    const html = await storyPage()
    expect(html).toContain('The chancellor said, “<span class="quote-inline"')
    expect(html).toMatch(/<span class="quote-inline" data-quote="[^"]+">Words as first reported\.<\/span>” Then she left\./)
    expect(html).toMatch(
      /<figure class="pull-quote"><blockquote><p>“Words as first reported\.”<\/p><\/blockquote><figcaption><span class="quote-speaker"><a href="\/people\/rufus-firefly">Rufus Firefly<\/a><\/span>, Chancellor-designate \(Freedonia\)<\/figcaption><\/figure>/,
    )
  })

  it('are filed under the story it was published with', async () => {
    const filed = (await (await staff.get(`/api/quotes/${quote.id}?depth=0`)).json()) as { article: unknown }
    expect(filed.article).toBe(story.id)
  })
})

describe('a correction to what a story page shows', () => {
  it('of a quote (its words, the speaker’s role at the time) shows on the next page view', async () => {
    const before = await storyUpdatedAt()
    expect(await storyPage()).toContain('Words as first reported.')
    expect((await staff.send('PATCH', `/api/quotes/${quote.id}`, { text: 'Words as corrected.', speakerRole: 'Acting chancellor' })).status).toBe(200)
    const html = await storyPage()
    expect(html).toContain('Words as corrected.')
    // In the sentence too, where the quote is written.
    expect(html).toMatch(/<span class="quote-inline" data-quote="[^"]+">Words as corrected\.<\/span>/)
    expect(html).toContain('Acting chancellor')
    expect(html).not.toContain('Words as first reported.')
    expect(await storyUpdatedAt()).toBe(before)
  })

  it('of a person’s name shows on the next page view', async () => {
    expect(await storyPage()).toContain('Rufus Firefly')
    expect((await staff.send('PATCH', `/api/people/${person.id}`, { name: 'Rufus T. Firefly' })).status).toBe(200)
    expect(await storyPage()).toContain('Rufus T. Firefly')
  })

  it('of a country’s name shows on the next page view', async () => {
    expect((await staff.send('PATCH', `/api/countries/${country.id}`, { name: 'Grand Freedonia' })).status).toBe(200)
    expect(await storyPage()).toContain('Grand Freedonia')
  })

  it('of a photo’s caption and credit shows on the next page view', async () => {
    const before = await storyUpdatedAt()
    expect(await storyPage()).toContain('The caption as first written.')
    const credit = 'Photo corrected by the photo desk'
    expect((await staff.send('PATCH', `/api/media/${image.id}`, { caption: 'A corrected caption.', credit })).status).toBe(200)
    const html = await storyPage()
    expect(html).toContain('A corrected caption.')
    expect(html).toContain(credit)
    expect(await storyUpdatedAt()).toBe(before)
  })

  it('of a quote that is removed takes it off the page', async () => {
    const removed = await created<Doc>(
      await staff.send('POST', '/api/quotes', { text: 'A quote that was never said.', speaker: person.id, article: story.id }),
    )
    expect(await storyPage()).toContain('A quote that was never said.')
    const response = await staff.request(`/api/quotes/${removed.id}`, { method: 'DELETE' })
    expect(response.status).toBe(200)
    expect(await storyPage()).not.toContain('A quote that was never said.')
  })
})
