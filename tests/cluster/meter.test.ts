import { beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_PAYWALL_SETTINGS } from '@/paywall/settings'

import type { Reader } from '../support/reader'
import { createStory, pageFrom, signedInReaderOn, staffOn, withheldParagraph } from '../support/cluster'

/**
 * A free account's allowance holds across instances: reading through A and B in turn, one
 * after another or all at once, it never gets more stories in full than it is allowed.
 * The meter lives on the account, in the one database; what the two processes must not do is
 * both read it before either writes it.
 */
const a = inject('baseURL')
const b = inject('instanceB')
/** The seeded paywall keeps the default allowance of a signed-in reader without a subscription. */
const ALLOWANCE = DEFAULT_PAYWALL_SETTINGS.registeredFreeArticles
const notice = (n: number) => (n === 0 ? 'This is your last free article' : `You have ${n} free ${n === 1 ? 'article' : 'articles'} remaining`)
const GATE = 'data-testid="gate-panel"'

let admin: Reader
let stories: { slug: string; title: string }[]

beforeAll(async () => {
  admin = await staffOn(a, 'admin')
  const journalist = await staffOn(a, 'journalist')
  stories = []
  // More stories than the allowance, so the last ones must be gated.
  for (let index = 0; index < ALLOWANCE + 3; index += 1) {
    const title = `Metered cluster story ${index + 1} ${Date.now()}`
    const { slug } = await createStory(journalist, title, 'published')
    stories.push({ slug, title })
  }
})

const inTurn = (index: number) => (index % 2 === 0 ? a : b)

describe("a free account's allowance across two instances", () => {
  it('counts down through A and B in turn, and gates the story after the last free one', async () => {
    const reader = await signedInReaderOn(a, admin, `cluster-free-in-turn-${Date.now()}@example.com`)
    for (const [index, story] of stories.slice(0, ALLOWANCE).entries()) {
      const { status, html } = await pageFrom(reader, inTurn(index), `/articles/${story.slug}`)
      expect(status).toBe(200)
      expect(html, `story ${index + 1} through ${inTurn(index)}`).toContain(notice(ALLOWANCE - 1 - index))
      expect(html).toContain(withheldParagraph(story.title))
    }
    for (const baseURL of [a, b]) {
      const { html } = await pageFrom(reader, baseURL, `/articles/${stories[ALLOWANCE].slug}`)
      expect(html, `the story after the allowance, through ${baseURL}`).toContain(GATE)
      expect(html).not.toContain(withheldParagraph(stories[ALLOWANCE].title))
    }
  })

  it('never gives more stories in full than the allowance, under parallel requests to both instances', async () => {
    const overdrawn: string[] = []
    // Several accounts, each a burst of tabs: every story, through A and through B, all at once.
    await Promise.all(
      [1, 2, 3].map(async (account) => {
        const reader = await signedInReaderOn(a, admin, `cluster-free-burst-${account}-${Date.now()}@example.com`)
        const requests = stories.flatMap((story) => [a, b].map((baseURL) => ({ story, baseURL })))
        const pages = await Promise.all(
          requests.map(async ({ story, baseURL }) => ({ story, page: await pageFrom(reader, baseURL, `/articles/${story.slug}`) })),
        )
        expect(pages.filter(({ page }) => page.status !== 200).map(({ story, page }) => `${story.slug} ${page.status}`)).toEqual([])
        const readInFull = new Set(pages.filter(({ story, page }) => page.html.includes(withheldParagraph(story.title))).map(({ story }) => story.slug))
        // Afterwards, one at a time: a read whose count was lost would be given again.
        for (const [index, story] of stories.entries()) {
          const { html } = await pageFrom(reader, inTurn(index), `/articles/${story.slug}`)
          if (html.includes(withheldParagraph(story.title))) readInFull.add(story.slug)
        }
        if (readInFull.size > ALLOWANCE) overdrawn.push(`account ${account} read ${readInFull.size} stories in full: ${[...readInFull].join(', ')}`)
      }),
    )
    expect(overdrawn, `at most ${ALLOWANCE} stories in full per account`).toEqual([])
  })
})
