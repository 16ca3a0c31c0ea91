/**
 * The production server with its images in an S3 bucket (an s3rver of the test's own,
 * tests/support/bucket.ts): the seed puts the story's photo there, and the story page's photo
 * loads, through the site's own /api route, with the bytes of the object in the bucket; the
 * server keeps no media folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAIN_STORY_SLUG } from '@/seed/constants'

import { startTestBuckets, type TestBuckets } from '../support/bucket'
import { startNewsroom, type RunningNewsroom } from '../support/server'

const BUCKET = 'newsroom-pages'
const PREFIX = 'media'

let buckets: TestBuckets
let newsroom: RunningNewsroom

beforeAll(async () => {
  buckets = await startTestBuckets([BUCKET])
  newsroom = await startNewsroom({ storage: buckets.env(BUCKET, PREFIX) })
})
afterAll(async () => {
  await newsroom?.stop()
  await buckets?.stop()
})

describe('images in an S3 bucket', () => {
  it("the story page's photo loads from the bucket, and nothing is kept on the server's disk", async () => {
    const html = await (await fetch(new URL(`/articles/${MAIN_STORY_SLUG}`, newsroom.url))).text()
    const src = html.match(/<figure class="figure figure-hero"><img src="([^"]+)"/)?.[1]
    expect(src).toBeDefined()
    const url = new URL(src!.replaceAll('&amp;', '&'), newsroom.url)
    const filename = decodeURIComponent(url.pathname.replace('/api/media/file/', ''))
    expect(url.searchParams.get('prefix')).toBe(PREFIX)

    const response = await fetch(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await response.arrayBuffer()).equals(await buckets.object(BUCKET, `${PREFIX}/${filename}`))).toBe(true)
    expect(fs.existsSync(path.join(newsroom.dir, 'media'))).toBe(false)
  })
})
