/**
 * A GraphQL query answered 408 for running past its time budget stops its work too: every Payload
 * operation it would still start, including each relation it would populate, is refused
 * (lib/api/abandonedWork.ts), while work outside it goes on.
 */
import type { CollectionBeforeReadHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ABANDONED_MESSAGE, abandonable } from '@/lib/api/abandonedWork'

import { createImage, createStory } from '../support/fixtures'
import { bootPayload, type BootedPayload } from '../support/harness'

let site: BootedPayload
let payload: Payload

beforeAll(async () => {
  site = await bootPayload()
  payload = site.payload
  const photo = await createImage(payload, 'budget')
  await createStory(payload, { title: 'A story read under a budget', status: 'published', heroImage: photo.id })
})

afterAll(async () => {
  await site.cleanup()
})

const readStories = (depth = 0) => payload.find({ collection: 'articles', depth, overrideAccess: false })

describe('abandoned work', () => {
  it('runs each operation until it is abandoned, then refuses the next with a 408', async () => {
    const reads: number[] = []
    const work = abandonable(async () => {
      reads.push((await readStories()).totalDocs)
      work.abandon()
      reads.push((await readStories()).totalDocs)
    })
    await expect(work.result).rejects.toMatchObject({ status: 408, message: ABANDONED_MESSAGE })
    expect(reads).toEqual([1])
  })

  it('refuses the relations a read would still populate once abandoned mid-read', async () => {
    const hooks = payload.collections.articles.config.hooks
    let abandonHere = () => {}
    // Collection beforeRead hooks run once the story is read, before its relations are populated.
    const abandonOnRead: CollectionBeforeReadHook = ({ doc }) => {
      abandonHere()
      return doc
    }
    hooks.beforeRead.push(abandonOnRead)
    try {
      const work = abandonable(() => readStories(2))
      abandonHere = work.abandon
      await expect(work.result).rejects.toMatchObject({ status: 408 })
    } finally {
      hooks.beforeRead.splice(hooks.beforeRead.indexOf(abandonOnRead), 1)
    }
    expect((await readStories(2)).docs[0]!.section).toMatchObject({ name: expect.any(String) })
  })

  it('leaves other work alone, and what a finished query left on a timer', async () => {
    let timerRead: Promise<number> | undefined
    const work = abandonable(async () => {
      await readStories()
      // A timer inherits the scope it was started in; the work is over by the time it fires.
      timerRead = new Promise((resolve) => setTimeout(() => resolve(readStories().then((found) => found.totalDocs)), 50))
    })
    await work.result
    work.abandon()
    expect((await readStories()).totalDocs).toBe(1)
    expect(await timerRead).toBe(1)
  })
})
