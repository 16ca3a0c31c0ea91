import fs from 'node:fs'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { quoteIdsOfStory } from '@/collections/Articles/quotesOfStory'
import { MAIN_STORY_SLUG } from '@/seed/constants'

import { createCorrectableStory, type CorrectableStory } from '../support/correctableStory'
import { decodeEntities, Reader, signedInStaff } from '../support/reader'
import { autosaveOf, bodyEditor, choose, publish, save, signInToAdmin, startStory } from '../support/adminSession'
import { itRanIntoNoPolicyViolation, launchBrowser, newReader } from '../support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const homePageLinks = async (headline: string) => {
  const html = await new Reader().html('/')
  return html.includes(`>${headline}</a>`)
}

describe('a journalist in the admin', () => {
  it('has what they type autosaved, across a reload; previews the draft; publishes it, and readers see it on the home page', async () => {
    const { page, context } = await signInToAdmin(browser, 'journalist')
    const headline = `A journalist's story ${Date.now()}`
    await startStory(page, { headline, paragraph: 'A first paragraph typed by a journalist.' })

    const saved = autosaveOf(page, 'And a second sentence')
    await page.keyboard.type(' And a second sentence, typed just before the reload.')
    await saved
    await page.reload()
    await expect(bodyEditor(page).innerText()).resolves.toBe('A first paragraph typed by a journalist. And a second sentence, typed just before the reload.')

    // A draft is not on the site, but its author can preview it.
    expect(await homePageLinks(headline)).toBe(false)
    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview', exact: true }).click()])
    await preview.waitForLoadState()
    await expect(preview.locator('h1').textContent()).resolves.toBe(headline)
    await expect(preview.getByRole('status').textContent()).resolves.toContain('Preview of the latest draft')
    await preview.close()

    await publish(page)
    // The publish purges the home page before it answers: the next view shows the story.
    expect(await homePageLinks(headline)).toBe(true)
    const { page: reader, context: readerContext } = await newReader(browser)
    await reader.goto('/')
    await reader.getByRole('link', { name: headline }).click()
    await reader.waitForURL((url) => url.pathname.startsWith('/articles/'))
    await expect(reader.locator('.story-body').innerText()).resolves.toContain('And a second sentence')
    await readerContext.close()
    await context.close()
  })
})

describe('publishing with fields missing', () => {
  it('marks each missing field, not only a list in a toast, and publishes nothing', async () => {
    const { page, context } = await signInToAdmin(browser, 'editor')
    await page.goto('/admin/collections/articles/create')
    const saved = autosaveOf(page, 'Only a headline so far')
    await page.locator('#field-title').fill('Only a headline so far')
    await saved
    await page.getByRole('button', { name: 'Publish changes' }).click()
    for (const field of ['#field-dek', '#field-section']) {
      await page.locator(`.field-type.error:has(${field}), .field-type.error${field}`).first().waitFor()
    }
    expect(await new Reader().get('/articles/only-a-headline-so-far').then((response) => response.status)).toBe(404)
    await context.close()
  })
})

describe('a contributor and an editor', () => {
  it('a contributor writes a story with a pull quote created from the block and submits it, without a way to publish; an editor publishes it from the review list', async () => {
    const { page, context } = await signInToAdmin(browser, 'contributor')
    const headline = `A contributor's story ${Date.now()}`
    await startStory(page, { headline, paragraph: 'A paragraph written by a contributor.' })
    const storyAddress = new URL(page.url()).pathname

    // A pull quote, its record created from the block: nothing is typed twice.
    await page.keyboard.press('Enter')
    await page.keyboard.type('/pull')
    await page.locator('.slash-menu-popup').getByText('Pull quote').waitFor()
    await page.keyboard.press('Enter')
    const block = page.locator('.LexicalEditorTheme__block-pullQuote')
    await block.getByRole('button', { name: 'Add new Quote' }).click()
    const drawer = page.locator('.doc-drawer').last()
    await drawer.locator('#field-text').fill('Words a contributor heard said.')
    await choose(page, '.doc-drawer #field-speaker', 'Alberto Asseff')
    await drawer.locator('#field-speakerRole').fill('Spokesperson for the committee')
    await save(page)
    await page.locator('.doc-drawer__header-close').last().click()
    await expect(block.innerText()).resolves.toContain('Words a contributor heard said.')

    const submitted = autosaveOf(page, '"ready"')
    await choose(page, '#field-review__state', 'Ready for review')
    await submitted
    // Contributors submit; they have no Publish button and no Schedule.
    expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0)
    await context.close()

    const { page: desk, context: editorContext } = await signInToAdmin(browser, 'editor')
    const review = desk.locator('.newsroom-dashboard__list', { has: desk.getByRole('heading', { name: 'Ready for review' }) })
    await review.getByRole('link', { name: headline }).click()
    await desk.waitForURL((url) => url.pathname === storyAddress)
    await bodyEditor(desk).waitFor()
    await publish(desk)
    expect(await homePageLinks(headline)).toBe(true)
    const slug = await desk.locator('#field-slug').inputValue()
    const html = await new Reader().html(`/articles/${slug}`)
    expect(html).toContain('A paragraph written by a contributor.')
    expect(html).toMatch(/<figure class="pull-quote"><blockquote><p>“Words a contributor heard said\.”<\/p><\/blockquote><figcaption><span class="quote-speaker"><a href="\/people\/alberto-asseff">Alberto Asseff<\/a><\/span>, Spokesperson for the committee/)
    await editorContext.close()
  })

  it('an editor schedules a story: the desk lists it with its time, and it is published once the job runs', async () => {
    const { page, context } = await signInToAdmin(browser, 'editor')
    const headline = `A scheduled story ${Date.now()}`
    const paragraph = 'A paragraph that waits for its time.'
    const saved = autosaveOf(page, paragraph)
    await startStory(page, { headline, paragraph })
    await saved
    // The slug is derived from the headline when the draft is saved.
    const id = new URL(page.url()).pathname.split('/').pop()
    const staff = await signedInStaff('editor')
    const { slug } = (await (await staff.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as { slug: string }
    expect(slug).toMatch(/^a-scheduled-story-\d+$/)

    await page.locator('.doc-controls .popup-button').first().click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const drawer = page.locator('.drawer__content').last()
    // The picker counts in minutes: the next minute is between 5 and 65 seconds away.
    const due = new Date(Date.now() + 65_000)
    const typed = due.toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
    await drawer.locator('.react-datepicker__input-container input').fill(typed.replace(' at', '').replace(/, (\d+:)/, ' $1'))
    await page.keyboard.press('Enter')
    await drawer.getByRole('button', { name: 'Save' }).click()
    await drawer.getByText('Upcoming Events').locator('..').getByText('Publish').waitFor()
    expect(await new Reader().get(`/articles/${slug}`).then((response) => response.status)).toBe(404)

    await page.goto('/admin')
    const scheduled = page.locator('.newsroom-dashboard__list', { has: page.getByRole('heading', { name: 'Scheduled' }) })
    await expect(scheduled.innerText()).resolves.toMatch(new RegExp(`${headline}\\s+publishes `))
    await context.close()

    const deadline = Date.now() + 150_000
    let status = 404
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      status = (await new Reader().get(`/articles/${slug}`)).status
    }
    expect(status).toBe(200)
    expect(await homePageLinks(headline)).toBe(true)
  }, 200_000)
})

describe('corrections made in the admin', () => {
  let fixture: CorrectableStory
  const storyPage = () => new Reader().html(`/articles/${fixture.story.slug}`)

  beforeAll(async () => {
    fixture = await createCorrectableStory(await signedInStaff('editor'))
  })

  it('to a quote’s words, a person’s role, a country’s name and a photo’s credit show on the published story at once, without republishing it', async () => {
    const { page, context } = await signInToAdmin(browser, 'editor')
    const before = await storyPage()
    expect(before).toContain('Words as first reported.')

    // Each correction: the fields changed in the admin, and what the story page must then show.
    const corrections: { path: string; fields: Record<string, string>; shows: string }[] = [
      // Without a role at the time, a quote is attributed with the speaker's current role.
      { path: `quotes/${fixture.quote.id}`, fields: { '#field-text': 'Words as corrected in the admin.', '#field-speakerRole': '' }, shows: 'Words as corrected in the admin.' },
      { path: `people/${fixture.person.id}`, fields: { '#field-role': 'Chancellor of the Exchequer' }, shows: 'Rufus Firefly</a></span>, Chancellor of the Exchequer' },
      { path: `countries/${fixture.country.id}`, fields: { '#field-name': 'Grand Freedonia' }, shows: '(Grand Freedonia)' },
      { path: `media/${fixture.image.id}`, fields: { '#field-credit': 'Photo corrected by the photo desk' }, shows: 'Photo corrected by the photo desk' },
    ]
    for (const correction of corrections) {
      await page.goto(`/admin/collections/${correction.path}`)
      for (const [field, value] of Object.entries(correction.fields)) await page.locator(field).fill(value)
      await save(page)
      // Saved means purged: the next page view, right away, shows it.
      expect(await storyPage()).toContain(correction.shows)
    }
    const after = decodeEntities(await storyPage())
    expect(after).not.toContain('Words as first reported.')
    expect(after).not.toContain('Chancellor-designate')
    await context.close()
  })
})

describe('the quotes on record', () => {
  it('are found by the speaker’s name and by the headline of the story that quotes them', async () => {
    const { page, context } = await signInToAdmin(browser, 'journalist')
    const rows = async (search: string) => {
      await page.goto(`/admin/collections/quotes?search=${encodeURIComponent(search)}`)
      await page.locator('.collection-list').waitFor()
      return page.locator('tbody tr').allInnerTexts()
    }
    const byKirby = await rows('Kirby')
    expect(byKirby.length).toBeGreaterThan(0)
    for (const row of byKirby) expect(row).toContain('We are wary of any Iranian technology exports')
    const inSeedStory = await rows('interest in Iranian drones raises concerns')
    expect(inSeedStory).toHaveLength(5)
    expect(inSeedStory.join('\n')).toContain('provision of weaponry')
    await context.close()
  })
})

describe('the story importer in the admin', () => {
  it('turns the seed text into a draft with its 5 quotes, 5 people and 7 countries, the ones on record', async () => {
    const { page, context } = await signInToAdmin(browser, 'editor')
    await page.getByRole('link', { name: 'Import a story' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/import-story')
    await page.locator('#import-text').fill(fs.readFileSync('seed/story.txt', 'utf8'))
    await page.getByRole('button', { name: 'Read the story' }).click()
    await page.locator('#import-headline').waitFor()
    // Five quotes with their speakers, kept; one quoted phrase with nobody named, proposed but not kept.
    await expect(page.getByTestId('import-quote').count()).resolves.toBe(6)
    await expect(page.getByRole('group', { name: 'Quotes (5 kept)' }).isVisible()).resolves.toBe(true)
    const unattributed = page.getByTestId('import-quote').filter({ hasText: 'confidentiality clause' })
    await expect(unattributed.innerText()).resolves.toContain('No speaker found in the sentence: check before accepting.')
    await expect(unattributed.getByRole('checkbox').isChecked()).resolves.toBe(false)
    await expect(page.getByTestId('import-person').count()).resolves.toBe(5)
    await expect(page.getByTestId('import-country').count()).resolves.toBe(7)
    // The seed went through the same importer: every person it proposes is on record.
    await expect(page.getByTestId('import-person').filter({ hasText: 'on record' }).count()).resolves.toBe(5)
    // The journalist writes the standfirst and chooses the section; the draft is not made without them.
    const createDraft = page.getByRole('button', { name: 'Create the draft' })
    await createDraft.click()
    await page.getByRole('alert').filter({ hasText: 'the standfirst is empty' }).waitFor()
    await page.locator('#import-dek').fill('A standfirst written on import.')
    await createDraft.click()
    await page.getByRole('alert').filter({ hasText: 'the section is not chosen' }).waitFor()
    await page.locator('#import-section').selectOption({ label: 'Test' })
    await createDraft.click()
    await page.waitForURL((url) => /\/admin\/collections\/articles\/[^/]+$/.test(url.pathname))
    const id = new URL(page.url()).pathname.split('/').pop()
    // In the editor, each quote in a sentence shows its words and who said them, where they stand.
    await page.locator('.quote-editor-label').first().waitFor()
    await expect(page.locator('.quote-editor-label').allInnerTexts()).resolves.toContain('provision of weaponry — Alberto Asseff')

    const staff = await signedInStaff('editor')
    type Story = { id: string | number; title: string; _status: string; people: unknown[]; countries: unknown[]; body: unknown }
    type Quote = { text: string; speaker: unknown }
    const quotes = async (where: string) =>
      ((await (await staff.get(`/api/quotes?${where}&depth=0&limit=50`)).json()) as { docs: Quote[] }).docs.map((quote) => `${String(quote.speaker)}: ${quote.text}`).sort()
    const draft = (await (await staff.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as Story
    const seeded = ((await (await staff.get(`/api/articles?where[slug][equals]=${MAIN_STORY_SLUG}&depth=0`)).json()) as { docs: Story[] }).docs[0]
    expect(draft._status).toBe('draft')
    expect(draft.title).toBe(seeded.title)
    expect([...draft.people].sort()).toEqual([...seeded.people].sort())
    expect([...draft.countries].sort()).toEqual([...seeded.countries].sort())
    // The draft's body holds its quotes (they are filed under it when it is published): the seeded story's, by the same people.
    const inBody = quoteIdsOfStory(draft)
    expect(inBody).toHaveLength(5)
    expect(await quotes(`where[id][in]=${inBody.join(',')}`)).toEqual(await quotes(`where[article][equals]=${seeded.id}`))
    await context.close()
  })
})

itRanIntoNoPolicyViolation()
