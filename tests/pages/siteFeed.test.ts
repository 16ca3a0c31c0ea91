import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'

import { startNewsroom, type RunningNewsroom } from '../support/server'

/**
 * The site's feed is one of the few routes `next build` prerenders, with no database at hand:
 * an empty channel, linking to the build machine's address. A server of its own, so that no
 * publish by another test has purged that copy before the first request.
 */
let newsroom: RunningNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
}, 180_000)

afterAll(async () => newsroom?.stop())

describe('the site’s feed, on a server just started', () => {
  it('lists the published stories and links to the site, from the first request', async () => {
    const response = await fetch(`${newsroom.url}/feed.xml`)
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(xml).toContain(`<link>${newsroom.url}/</link>`)
    expect(xml).toContain(`<link>${newsroom.url}/articles/${MAIN_STORY_SLUG}</link>`)
    expect(xml.match(/<item>/g)?.length).toBeGreaterThan(3)
  })
})
