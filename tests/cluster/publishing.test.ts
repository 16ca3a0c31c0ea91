import { beforeAll, describe, expect, inject, it } from 'vitest'

import { Reader } from '../support/reader'
import { TEST_SECTION } from '../support/scheduledStory'
import { createStory, msUntil, pageFrom, PROPAGATION_BOUND_MS, setStatus, staffOn } from '../support/cluster'

/**
 * A journalist publishes through instance A; readers of instance B (another process, its own
 * memory) must get the change within a second, as readers of A do: the story's page, the home
 * page, its section's page (a copy the layer keeps, like the home page's), and the site's feed (a
 * page Next keeps in its own cache, delivery/cacheHandler.mjs).
 */
const a = inject('baseURL')
const b = inject('instanceB')

let journalist: Reader

beforeAll(async () => {
  journalist = await staffOn(a, 'journalist')
})

const reader = new Reader()
const shows = (baseURL: string, pathname: string, text: string) => async () => {
  const page = await pageFrom(reader, baseURL, pathname)
  return page.status === 200 && page.html.includes(text)
}
const withdrawn = (baseURL: string, slug: string, title: string) => async () => {
  const [story, home] = await Promise.all([pageFrom(reader, baseURL, `/articles/${slug}`), pageFrom(reader, baseURL, '/')])
  return story.status === 404 && home.status === 200 && !home.html.includes(title)
}

/** Both instances have served (and kept) the pages a change must reach, before it is made. */
async function readEverywhere(paths: string[]): Promise<void> {
  for (const baseURL of [a, b]) for (const pathname of paths) await pageFrom(reader, baseURL, pathname)
}

describe('publishing through one instance', () => {
  it('reaches the other instance within a second: the story, the home page, its section and the feed', async () => {
    const title = `Cluster story published through A ${Date.now()}`
    const section = `/sections/${TEST_SECTION.slug}`
    const story = await createStory(journalist, title)
    await readEverywhere([`/articles/${story.slug}`, '/', section, '/feed.xml'])
    expect((await pageFrom(reader, b, `/articles/${story.slug}`)).status).toBe(404)

    await setStatus(journalist, story.id, 'published')
    const [storyOnB, homeOnB, sectionOnB, feedOnB, storyOnA] = await Promise.all([
      msUntil(shows(b, `/articles/${story.slug}`, title)),
      msUntil(shows(b, '/', title)),
      msUntil(shows(b, section, title)),
      msUntil(shows(b, '/feed.xml', title)),
      msUntil(shows(a, `/articles/${story.slug}`, title)),
    ])
    expect.soft(storyOnA, 'ms until A serves the story').toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(storyOnB, 'ms until B serves the story').toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(homeOnB, "ms until B's home page shows it").toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(sectionOnB, "ms until B's section page lists it").toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(feedOnB, "ms until B's feed lists it").toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
  })

  it('reaches the other instance within a second with an edit of a published story', async () => {
    const title = `Cluster story edited through A ${Date.now()}`
    const story = await createStory(journalist, title, 'published')
    await readEverywhere([`/articles/${story.slug}`, '/'])
    expect(await shows(b, `/articles/${story.slug}`, title)()).toBe(true)

    const edited = `${title}, corrected`
    const saved = await journalist.send('PATCH', `/api/articles/${story.id}`, { title: edited })
    expect(saved.status).toBe(200)
    const [storyOnB, homeOnB] = await Promise.all([msUntil(shows(b, `/articles/${story.slug}`, edited)), msUntil(shows(b, '/', edited))])
    expect.soft(storyOnB, 'ms until B serves the edited story').toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(homeOnB, "ms until B's home page shows the edit").toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
  })

  it('takes an unpublished story off both instances within a second, and it stays off', async () => {
    const title = `Cluster story unpublished through A ${Date.now()}`
    const story = await createStory(journalist, title, 'published')
    await readEverywhere([`/articles/${story.slug}`, '/', '/feed.xml'])
    expect(await shows(a, `/articles/${story.slug}`, title)()).toBe(true)
    expect(await shows(b, `/articles/${story.slug}`, title)()).toBe(true)

    await setStatus(journalist, story.id, 'draft')
    const [goneFromA, goneFromB, feedOfB] = await Promise.all([
      msUntil(withdrawn(a, story.slug, title)),
      msUntil(withdrawn(b, story.slug, title)),
      msUntil(async () => !(await pageFrom(reader, b, '/feed.xml')).html.includes(title)),
    ])
    expect.soft(goneFromA, 'ms until A no longer shows it').toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(goneFromB, 'ms until B no longer shows it').toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    expect.soft(feedOfB, "ms until B's feed no longer lists it").toBeLessThanOrEqual(PROPAGATION_BOUND_MS)
    // Gone for good: no kept copy comes back on either instance.
    for (let read = 0; read < 5; read += 1) {
      expect(await withdrawn(a, story.slug, title)()).toBe(true)
      expect(await withdrawn(b, story.slug, title)()).toBe(true)
    }
  })
})
